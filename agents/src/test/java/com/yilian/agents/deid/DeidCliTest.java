package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeidCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return DeidCli.run(List.of(args), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void deidentifiesEachLineAndRestartsNumberingPerRecord() {
        int rc = run("患者张伟，男，电话13812345678。\n患者李娜，女，电话13912345678，李娜诉头痛。\n");
        assertThat(rc).isZero();
        assertThat(out().lines().toList()).containsExactly("患者[姓名1]，男，电话[电话1]。",
                "患者[姓名1]，女，电话[电话1]，[姓名1]诉头痛。");
        assertThat(err()).isEmpty();
    }

    @Test
    void summaryCountsPerKindOnStderr() {
        assertThat(run("患者张伟，男，电话13812345678。\n患者李娜，女。\n", "--summary")).isZero();
        assertThat(err()).contains("records: 2", "姓名: 2", "电话: 1", "身份证号: 0");
        assertThat(out().lines()).hasSize(2);
    }

    @Test
    void badUsagePrintsUsageAndReturnsTwo() {
        assertThat(run("x\n", "--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown argument: --bogus", "usage: deid");
        assertThat(out()).isEmpty();
    }

    @Test
    void emptyInputWritesNothing() {
        assertThat(run("")).isZero();
        assertThat(out()).isEmpty();
    }
}
