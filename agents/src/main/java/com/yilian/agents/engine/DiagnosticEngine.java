package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Condition;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinical knowledge engine: differential, next question, stop rule, exam ladder and diagnosis matrix over one
 * knowledge base. Thread-safe and stateless between calls: the caller keeps the {@link PatientState}.
 * Its output is decision support for a clinician, never a prescription.
 */
public final class DiagnosticEngine {

    private final KnowledgeBase kb;
    private final LikelihoodModel model;
    private final LikelihoodModel differentialModel;
    private final MembershipModel membership;
    private final EngineSettings settings;
    private final QuestionSelector questions;
    private final QuestionSelector differentialQuestions;
    private final RedFlagDetector redFlags;
    private final ExamRanker exams;
    private final DiagnosisMatrixBuilder matrix;
    private final List<Condition> conditions;
    private final Map<String, Integer> conditionIndex = new HashMap<>();

    /**
     * @param model             likelihoods of the patient's condition
     * @param differentialModel likelihoods of the conditions of a clinician's differential (plausibility); null to
     *                          use {@code model}
     */
    public DiagnosticEngine(KnowledgeBase kb, LikelihoodModel model, LikelihoodModel differentialModel,
                            EngineSettings settings) {
        this(kb, model, differentialModel, null, settings);
    }

    /** @param membership learned differential membership; when present it gives the plausibility instead */
    public DiagnosticEngine(KnowledgeBase kb, LikelihoodModel model, LikelihoodModel differentialModel,
                            MembershipModel membership, EngineSettings settings) {
        this.kb = kb;
        this.membership = membership;
        this.model = model;
        this.differentialModel = differentialModel == null ? model : differentialModel;
        this.settings = settings;
        this.questions = new QuestionSelector(kb, model);
        this.differentialQuestions = new QuestionSelector(kb, this.differentialModel);
        this.redFlags = new RedFlagDetector(kb);
        this.exams = new ExamRanker(kb);
        this.matrix = new DiagnosisMatrixBuilder(kb, model);
        this.conditions = kb.conditions();
        for (int c = 0; c < conditions.size(); c++) conditionIndex.put(conditions.get(c).id(), c);
    }

    /** The engine over the bundled knowledge base and the shipped likelihoods. */
    public static DiagnosticEngine standard() {
        KnowledgeBase kb = KnowledgeBase.load();
        ShippedLikelihoods shipped = ShippedLikelihoods.load(kb);
        return new DiagnosticEngine(kb, shipped.diagnosis(), shipped.differential(), shipped.membership(),
                EngineSettings.DEFAULT);
    }

    public KnowledgeBase knowledgeBase() { return kb; }

    public EngineSettings settings() { return settings; }

    /** Probability of each condition given age, sex and the answers so far. */
    public Differential differential(PatientState state) {
        return differential(state, model.posterior(state));
    }

    /** The most informative next question, or null when none is left. */
    public QuestionChoice nextQuestion(PatientState state) {
        double[] p = model.posterior(state);
        return choice(state, p, differential(state, p));
    }

    /** Differential, red flags, stop rule and next question in one pass (what an interview calls each turn). */
    public InterviewStep step(PatientState state) {
        double[] p = model.posterior(state);
        Differential d = differential(state, p);
        List<RedFlagAlert> flags = redFlags.detect(state, d);
        StopReason stop = StopReason.CONTINUE;
        if (settings.stopOnRedFlag() && !flags.isEmpty()) stop = StopReason.RED_FLAG;
        else if (d.top().probability() >= settings.confidence()) stop = StopReason.CONFIDENT;
        QuestionChoice q = stop == StopReason.CONTINUE ? choice(state, p, d) : null;
        if (stop == StopReason.CONFIDENT && settings.differentialGain() > 0) {
            // The leader is clear; ask on only while an answer would still reshape the rest of the differential.
            q = choice(state, differentialModel.posterior(state), d, differentialQuestions, settings.differentialGain());
            if (q != null) stop = StopReason.CONTINUE;
        }
        if (stop == StopReason.CONTINUE && q == null) stop = StopReason.NOTHING_TO_ASK;
        return new InterviewStep(kb.version(), d, flags, stop, q);
    }

    /** Exams ranked by what they add for their cost and risk; demanding ones deferred while candidates are many. */
    public ExamLadder examLadder(PatientState state) {
        return exams.rank(model.posterior(state));
    }

    /** The diagnosis matrix with the next decision step: escalate, ask, examine, or review. */
    public DiagnosisMatrix diagnosisMatrix(PatientState state) {
        double[] p = model.posterior(state);
        InterviewStep step = step(state);
        NextStep next;
        if (!step.redFlags().isEmpty()) {
            next = new NextStep("escalate", null, new Text("立即评估，考虑急诊或上转", "Assess now; consider emergency care or up-referral"),
                    DiagnosisMatrixBuilder.escalation(step.redFlags()));
        } else if (step.question() != null) {
            next = new NextStep("question", step.question().evidenceCode(), step.question().question(), step.question().reason());
        } else {
            ExamRecommendation e = exams.rank(p).first();
            next = e != null ? new NextStep("exam", e.examId(), e.name(), e.why())
                    : new NextStep("review", null, new Text("医生审核", "Clinician review"),
                    new Text("问诊与检查已无法进一步区分候选诊断", "Neither questions nor exams would separate the candidates further"));
        }
        return new DiagnosisMatrix(kb.version(), matrix.rows(state, step.differential(), p), step.redFlags(), next,
                DiagnosisMatrix.NOTICE);
    }

    /** Red flags raised by the answers or by a plausible emergency. */
    public List<RedFlagAlert> redFlags(PatientState state) {
        return redFlags.detect(state, differential(state));
    }

    Differential differential(PatientState state, double[] p) {
        double[] q = membership != null ? membership.predict(state, p)
                : differentialModel == model ? p : differentialModel.posterior(state);
        List<Candidate> out = new ArrayList<>(conditions.size());
        for (int c = 0; c < conditions.size(); c++) {
            Condition x = conditions.get(c);
            out.add(new Candidate(x.id(), x.icd10(), x.name(), p[c], q[c], x.severity(),
                    redFlags.isRedFlagCondition(x.id())));
        }
        out.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return new Differential(kb.version(), out);
    }

    double[] posterior(PatientState state) {
        return model.posterior(state);
    }

    LikelihoodModel model() { return model; }

    private QuestionChoice choice(PatientState state, double[] p, Differential d) {
        return choice(state, p, d, questions, settings.minGain());
    }

    private QuestionChoice choice(PatientState state, double[] p, Differential d, QuestionSelector selector,
                                  double minGain) {
        QuestionSelector.Scored s = selector.choose(state, p);
        if (s == null || s.gain() < minGain) return null;
        Evidence e = s.evidence();
        List<String> separates = separates(e, p, d);
        String names = String.join("、", separates.stream().map(id -> kb.condition(id).name().zh()).toList());
        String namesEn = String.join(", ", separates.stream().map(id -> kb.condition(id).name().en()).toList());
        Text reason = new Text("该问题最能区分当前候选诊断：" + names,
                "Best separates the current candidates: " + namesEn);
        return new QuestionChoice(kb.version(), e.code(), e.question(), e.term(), s.gain(), separates, reason);
    }

    /** The leading candidates whose chance of a positive answer differs most from the average. */
    private List<String> separates(Evidence e, double[] p, Differential d) {
        LikelihoodModel.Table t = model.table(e.code());
        List<Candidate> top = d.candidates().subList(0, Math.min(5, d.candidates().size()));
        double mean = 0, mass = 0;
        double[] pos = new double[top.size()];
        for (int i = 0; i < top.size(); i++) {
            int c = index(top.get(i).conditionId());
            pos[i] = positive(t, e, c);
            mean += p[c] * pos[i];
            mass += p[c];
        }
        double m = mean / Math.max(mass, 1e-12);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> -top.get(i).probability() * Math.abs(pos[i] - m)));
        return order.subList(0, Math.min(3, order.size())).stream().map(i -> top.get(i).conditionId()).toList();
    }

    private static double positive(LikelihoodModel.Table t, Evidence e, int c) {
        if (e.type() == EvidenceType.BINARY) return t.p()[0][c];
        Integer d = t.valueIndex().get(e.defaultValue());
        return d == null ? 1 : 1 - t.p()[d][c];
    }

    int index(String conditionId) {
        Integer c = conditionIndex.get(conditionId);
        if (c == null) throw new IllegalArgumentException("unknown condition: " + conditionId);
        return c;
    }
}
