package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LearnedNameDetectorTest {
    private static final LearnedNameDetector MODEL = new LearnedNameDetector();

    private static List<String> names(String text) {
        return MODEL.find(text).stream().map(s -> s.in(text)).toList();
    }

    @Test
    void theShippedModelFindsNamesNoRuleCueStandsBefore() {
        // Positions no rule cue covers: after a verb of saying and 叫, in a table cell, in an English sentence.
        for (String text : List.of("病人家属说她叫宋巧玲，是她的邻居。", "主任医生 | 林蔡碧霞 |", "Typed by 缑秀蓉.")) {
            assertThat(new Deidentifier(Deidentifier.withRules()).find(text)).as(text).isEmpty();
            List<Span> found = new Deidentifier().find(text);
            assertThat(found).as(text).extracting(Span::kind).containsExactly(EntityKind.NAME);
            assertThat(names(text)).as(text).containsExactly(found.get(0).in(text));
        }
    }

    @Test
    void leavesClinicalTextAlone() {
        for (String text : List.of("舌暗红，苔薄白，脉弦细。", "查体：墨菲征阳性。", "布洛芬0.3g口服。", "既往吉兰-巴雷综合征病史。",
                "您血脂高吗？", "预交金伍仟元整。")) {
            assertThat(names(text)).as(text).isEmpty();
        }
    }

    @Test
    void keepsOnlyWhatTheRulesCannotJudgeBetter() {
        assertThat(LearnedNameFilter.plausible("欧阳靖宇")).isTrue();
        assertThat(LearnedNameFilter.plausible("张")).as("a lone surname needs the rules' title").isFalse();
        assertThat(LearnedNameFilter.plausible("MiniMed")).as("Latin script is the English rules' part").isFalse();
        assertThat(LearnedNameFilter.plausible("暗红")).as("a word HanLP never reads as a name").isFalse();
        assertThat(LearnedNameFilter.plausible("布洛芬")).as("a drug HanLP knows").isFalse();
        assertThat(LearnedNameFilter.plausible("墨菲征")).as("an eponymous sign").isFalse();
        assertThat(LearnedNameFilter.plausible("伍仟元整")).as("an amount in capital numerals").isFalse();
    }

    @Test
    void aTitleAfterTheNameIsNotPartOfIt() {
        String text = "张先生之女陪同。";
        assertThat(names(text)).doesNotContain("张先生");
        assertThat(new Deidentifier().find(text)).extracting(s -> s.in(text)).containsExactly("张");
    }
}
