package com.yilian.agents.llm;

import com.yilian.agents.llm.guard.UnsafeOutputGuard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsafeOutputGuardTest {

    static boolean unsafe(String text) {
        return UnsafeOutputGuard.find(text) != null;
    }

    @Test
    void dosesFrequenciesAndPrescribingAreFound() {
        assertThat(unsafe("布洛芬 0.3 g 口服")).isTrue();
        assertThat(unsafe("每次2片")).isTrue();
        assertThat(unsafe("每日三次")).isTrue();
        assertThat(unsafe("可开具处方")).isTrue();
        assertThat(unsafe("amoxicillin 500 mg t.i.d.")).isTrue();
        assertThat(unsafe("We prescribe rest")).isTrue();
    }

    @Test
    void clinicalTextAndDisclaimersPass() {
        assertThat(unsafe("建议先查血常规和 C 反应蛋白，以区分细菌与病毒感染。")).isFalse();
        assertThat(unsafe("本结果不构成诊断或处方。Not a prescription.")).isFalse();
        assertThat(unsafe("发热 3 天，体温 38.5 度")).isFalse();
    }
}
