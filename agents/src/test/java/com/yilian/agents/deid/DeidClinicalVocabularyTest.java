package com.yilian.agents.deid;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No condition, symptom or answer of the DDXPlus knowledge base is masked, alone or in the sentence frames where a
 * name would be taken: Chinese at a clause start, after 患者 or before a predicate; English (capitalised as a
 * heading, mid-sentence, and before a verb), where runs of capitalised words are read as names.
 */
class DeidClinicalVocabularyTest {
    // The last three put the term where the person-slot rules look for a name: after a bed number, opening a
    // clause after a time, and as a clause's subject before a predicate.
    private static final List<String> FRAMES = List.of("%s", "患者诉%s。", "查体无殊，%s，建议复查。", "既往%s病史，%s。",
            "今日%s加重", "家属诉%s较前缓解。", "15床%s，继续观察。", "查房时%s，予对症处理。", "检验科来电，%s已于昨日复查。");
    private static final List<String> ENGLISH_FRAMES = List.of("%s", "Assessment: %s.", "Seen with %s in clinic.",
            "%s was ruled out.", "Patient reports %s, referred to Cardiology.");

    private final Deidentifier deid = new Deidentifier();

    @Test
    void masksNoKnowledgeBaseTerm() {
        Set<String> terms = knowledgeBaseTerms();
        assertThat(terms).hasSizeGreaterThan(300);
        List<String> masked = new ArrayList<>();
        for (String term : terms) {
            for (String frame : FRAMES) {
                String sentence = frame.replace("%s", term);
                List<Span> found = deid.find(sentence);
                if (!found.isEmpty()) masked.add(sentence + " → " + found.stream().map(s -> s.in(sentence)).toList());
            }
        }
        Set<String> english = knowledgeBaseTerms(Text::en);
        assertThat(english).hasSizeGreaterThan(300);
        List<String> titleCased = new ArrayList<>();
        for (String term : english) {
            masked.addAll(maskedIn(term));
            // Short terms (conditions, findings) also as a heading would write them: Acute Pulmonary Edema.
            if (term.split(" ").length <= 4) titleCased.addAll(maskedIn(titleCase(term)));
        }
        System.out.printf("DDXPlus vocabulary: %d Chinese terms × %d frames, %d English terms × %d frames: %d sentences "
                + "with a masked span; title-cased short English terms: %d sentences with a masked span%n", terms.size(),
                FRAMES.size(), english.size(), ENGLISH_FRAMES.size(), masked.size(), titleCased.size());
        titleCased.forEach(System.out::println);
        assertThat(titleCased).isEmpty();
        masked.forEach(System.out::println);
        assertThat(masked).isEmpty();
    }

    /**
     * Role words, verbs and phrases that stand where the person-slot rules look for a name and were once masked:
     * a role word before a title after a cue (谈话医生, 管床医生), a surname glued to a locative (下周再联系), a role
     * noun before a bracketed kinship word (签字人（配偶）), a verb after a title (上级医师查房：), 来电 after a
     * cue, a drug before 中 (硝苯地平中), an exam number (检查号), 代诉 after a bracket.
     */
    @Test
    void masksNoRoleVerbOrPhraseInPersonSlots() {
        List<String> sentences = List.of("与患者关系：儿子  谈话医生：", "输液后红肿，通知管床医生处理。", "家属说下周再联系。",
                "拟输注悬浮红细胞2U；签字人（配偶）", "上级医师查房：目前病情稳定。", "护士站：家属来电，找主管医生。",
                "输注硝苯地平中，注意过敏反应。", "女，40岁，检查号5097147264，胸部CT未见异常。", "患者之子（电话略）代诉：近3天发热。",
                "与同身高的人相比，您是否明显偏胖？", "您有没有给孩子母乳喂养超过9个月？", "我是高血压患者，想咨询用药。",
                "受检者，女，45岁。", "分诊护士：", "12床，输注头孢呋辛。", "其他人同住，无特殊。", "@所有人 明天停诊。",
                "15床患者发热，继续观察。", "检验科来电，血钾已于今晨复查。", "白天诉头痛，同时诉乏力，平时诉胸闷。",
                "血常规已于今日完成，高热已于昨日消退。", "患者夜间安然入睡，方可出院。", "交款人：本人。", "受检者配合良好。");
        List<String> masked = new ArrayList<>();
        for (String sentence : sentences) {
            List<Span> found = deid.find(sentence);
            if (!found.isEmpty()) masked.add(sentence + " → " + found.stream().map(s -> s.in(sentence)).toList());
        }
        assertThat(masked).isEmpty();
    }

    private List<String> maskedIn(String term) {
        List<String> out = new ArrayList<>();
        for (String frame : ENGLISH_FRAMES) {
            String sentence = frame.replace("%s", term);
            List<Span> found = deid.find(sentence);
            if (!found.isEmpty()) out.add(sentence + " → " + found.stream().map(s -> s.in(sentence)).toList());
        }
        return out;
    }

    static Set<String> knowledgeBaseTerms() {
        Set<String> out = new LinkedHashSet<>();
        for (String zh : knowledgeBaseTerms(Text::zh)) if (zh.matches(".*\\p{IsHan}.*")) out.add(zh);
        return out;
    }

    private static Set<String> knowledgeBaseTerms(Function<Text, String> language) {
        KnowledgeBase kb = KnowledgeBase.load();
        List<Text> texts = new ArrayList<>();
        kb.conditions().forEach(c -> texts.add(c.name()));
        for (Evidence e : kb.evidences()) {
            texts.add(e.term());
            texts.add(e.question());
            e.values().forEach(v -> texts.add(e.valueText(v)));
        }
        Set<String> out = new LinkedHashSet<>();
        for (Text t : texts) if (t != null && language.apply(t) != null && !language.apply(t).isBlank()) out.add(language.apply(t));
        return out;
    }

    /** Every word capitalised, as in a heading (Acute Pulmonary Edema), where capitals say nothing about names. */
    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }
}
