package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Condition;
import com.yilian.agents.knowledge.Exam;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the catalogue's exams by expected information gain on the current differential, divided by a burden of
 * cost, invasiveness and radiation. Each target of an exam is a yes/no result with the published sensitivity and
 * specificity. Demanding exams (invasive, or 300 CNY and up) are deferred while more than
 * {@value #FEW} candidates remain above {@value #OPEN}.
 */
final class ExamRanker {

    static final int FEW = 3;
    static final double OPEN = 0.05;
    /** Exams that would add less than this are left off the ladder. */
    private static final double MIN_GAIN = 1e-3;

    private final KnowledgeBase kb;
    private final List<Condition> conditions;

    ExamRanker(KnowledgeBase kb) {
        this.kb = kb;
        this.conditions = kb.conditions();
    }

    ExamLadder rank(double[] p) {
        int open = 0;
        for (double x : p) if (x >= OPEN) open++;
        boolean few = open <= FEW;
        int[] active = QuestionSelector.active(p);
        double h = QuestionSelector.entropy(p, active);
        List<ExamRecommendation> out = new ArrayList<>();
        for (Exam exam : kb.exams()) {
            double gain = 0;
            List<String> speaks = new ArrayList<>();
            for (Exam.Target t : exam.targets()) {
                int c = index(t.condition());
                double g = gain(c, t.sensitivityOrDefault(), 1 - t.specificityOrDefault(), p, active);
                gain += g;
                if (p[c] >= 0.01 && g > 0) speaks.add(t.condition());
            }
            gain = Math.min(gain, h);
            if (gain < MIN_GAIN) continue;
            double burden = 1 + 0.5 * (exam.costTier() - 1) + exam.invasiveness() + (exam.radiation() ? 0.5 : 0);
            boolean deferred = exam.demanding() && !few;
            out.add(new ExamRecommendation(exam.id(), exam.name(), exam.costTier(), exam.costCny(), exam.invasiveness(),
                    exam.radiation(), exam.turnaround(), exam.grassroots(), gain, gain / burden, List.copyOf(speaks),
                    deferred, why(speaks, deferred, open)));
        }
        out.sort(Comparator.comparing(ExamRecommendation::deferred).thenComparing(
                Comparator.comparingDouble(ExamRecommendation::score).reversed()));
        return new ExamLadder(kb.version(), out, open);
    }

    /** Information gain of a yes/no result positive with probability {@code sens} in c and {@code fpr} otherwise. */
    private static double gain(int c, double sens, double fpr, double[] p, int[] active) {
        double py = p[c] * sens + (1 - p[c]) * fpr;
        return Math.max(0, h2(py) - p[c] * h2(sens) - (1 - p[c]) * h2(fpr));
    }

    private static double h2(double x) {
        return x <= 0 || x >= 1 ? 0 : -x * Math.log(x) - (1 - x) * Math.log1p(-x);
    }

    private Text why(List<String> speaks, boolean deferred, int open) {
        String zh = String.join("、", speaks.stream().map(id -> kb.condition(id).name().zh()).toList());
        String en = String.join(", ", speaks.stream().map(id -> kb.condition(id).name().en()).toList());
        if (deferred) return new Text("有创或费用较高：候选诊断仍有" + open + "个，待缩小范围后再考虑（涉及：" + zh + "）",
                "Invasive or costly: " + open + " candidates remain; consider once they are fewer (concerns: " + en + ")");
        return new Text("有助于确认或排除：" + zh, "Helps confirm or exclude: " + en);
    }

    private int index(String id) {
        for (int c = 0; c < conditions.size(); c++) if (conditions.get(c).id().equals(id)) return c;
        throw new IllegalStateException("exam catalogue names an unknown condition: " + id);
    }
}
