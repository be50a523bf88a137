package com.yilian.agents.baseline;

import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.InterviewStep;
import com.yilian.agents.engine.RedFlagAlert;
import com.yilian.agents.engine.StopReason;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pre-visit interview on the engine: reads the patient's reply, asks the most informative next question, stops
 * when the picture is clear, at a red flag, or after {@value #MAX_QUESTIONS} questions.
 */
public final class IntakeInterviewer extends EngineAgent {

    public static final int MAX_QUESTIONS = 20;
    /** Open questions before the interview goes on without a named complaint, so that it never gets stuck. */
    static final int MAX_OPEN_QUESTIONS = 2;
    static final Text OPEN_QUESTION = new Text("请说说您哪里不舒服，从什么时候开始的？",
            "Please tell me what is bothering you and since when.");
    static final Text NOT_UNDERSTOOD = new Text("抱歉，我没有听明白。", "Sorry, I did not quite understand.");
    static final Text CLOSING = new Text("谢谢您，问诊已完成，医生会查看您的情况。",
            "Thank you, the interview is complete; a clinician will review it.");
    static final Text ESCALATING = new Text("您的情况需要医生立即评估，请马上联系医护人员。",
            "Your situation needs a clinician's assessment now; please alert the staff at once.");

    private final KnowledgeBase kb;
    private final EvidenceExtractor extractor;

    public IntakeInterviewer(DiagnosticEngine engine, EvidenceExtractor extractor) {
        super(engine);
        if (extractor == null) throw new IllegalArgumentException("extractor is required");
        this.kb = engine.knowledgeBase();
        this.extractor = extractor;
    }

    @Override
    public String name() { return AgentNames.INTAKE_INTERVIEWER; }

    @Override
    public StepResult run(StepRequest request, StepResult.Degradation why) {
        InterviewState s = InterviewState.restore(kb, Json.objectInput(request.input("patient")),
                Json.objectInput(request.input("intakeSummary")));
        String message = request.text("patientMessage");
        if (message != null) {
            s.say("patient", message);
            read(s, message);
        }
        Map<String, String> routing = new LinkedHashMap<>();
        if (s.chiefComplaint == null && s.openQuestions < MAX_OPEN_QUESTIONS) {
            s.openQuestions++;
            s.pendingCode = InterviewState.OPEN;
            s.pendingRetries = 0;
            s.say("interviewer", OPEN_QUESTION.zh());
            routing.put("intakeStatus", "ASKING");
            routing.put("nextQuestion", OPEN_QUESTION.zh());
            return StepResult.done(new IntakeSummaryWriter(kb).write(s, null, "ASKING", OPEN_QUESTION), routing, why);
        }
        InterviewStep step = engine.step(s.patientState());
        String status;
        Text asked = null;
        if (step.stop() == StopReason.RED_FLAG) {
            status = "RED_FLAG";
            RedFlagAlert lead = Severities.leading(step.redFlags(), kb);
            routing.put("redFlagCode", lead.id());
            routing.put("redFlagSeverity", Severities.of(lead, kb));
            s.pendingCode = null;
            s.say("interviewer", ESCALATING.zh());
        } else if (s.pendingCode != null && !InterviewState.OPEN.equals(s.pendingCode)) {
            // The reply did not answer the question: ask it once more, in other words first.
            status = "ASKING";
            Text q = kb.evidence(s.pendingCode).question();
            asked = new Text(NOT_UNDERSTOOD.zh() + q.zh(), NOT_UNDERSTOOD.en() + " " + q.en());
            s.say("interviewer", asked.zh());
        } else if (step.finished() || step.question() == null || s.questionsAsked >= MAX_QUESTIONS) {
            status = "DONE";
            s.pendingCode = null;
            s.say("interviewer", CLOSING.zh());
        } else {
            status = "ASKING";
            asked = step.question().question();
            s.pendingCode = step.question().evidenceCode();
            s.pendingRetries = 0;
            s.questionsAsked++;
            s.say("interviewer", asked.zh());
        }
        routing.put("intakeStatus", status);
        if (asked != null) routing.put("nextQuestion", asked.zh());
        return StepResult.done(new IntakeSummaryWriter(kb).write(s, step, status, asked), routing, why);
    }

    /** Applies one patient message: the answer to the pending question, the complaint, other findings, history. */
    private void read(InterviewState s, String message) {
        s.medications.addAll(HistoryPhrases.medications(message));
        s.allergies.addAll(HistoryPhrases.allergies(message));
        Evidence pending = s.pendingCode != null && !InterviewState.OPEN.equals(s.pendingCode)
                ? kb.evidence(s.pendingCode) : null;
        List<EvidenceExtractor.Mention> mentions = extractor.extract(pending == null ? message : withoutValueWords(pending, message));
        if (pending != null) answerPending(s, pending, message, mentions);
        for (EvidenceExtractor.Mention m : mentions) {
            if (pending != null && m.code().equals(pending.code())) continue;
            // A finding answered before keeps its answer: a passing word (不疼 to a pain-scale question) must not undo it.
            if (s.evidence.containsKey(m.code())) continue;
            s.evidence.put(m.code(), Answer.of(m.positive()));
        }
        if (s.chiefComplaint == null) {
            mentions.stream().filter(m -> m.positive() && !kb.evidence(m.code()).antecedent()).findFirst().ifPresent(m -> {
                s.chiefComplaint = m.code();
                s.patientWords = message.length() > 200 ? message.substring(0, 200) : message;
                s.evidence.put(m.code(), Answer.YES);   // evidence alone rebuilds the state
            });
        }
    }

    private void answerPending(InterviewState s, Evidence pending, String message, List<EvidenceExtractor.Mention> mentions) {
        Answer a = AnswerParser.parse(pending, message, mentions);
        if (a == null && s.pendingRetries == 0) {
            s.pendingRetries = 1;   // ask once more below; the question stays pending
            return;
        }
        if (a == null) {
            // Asked twice without a usable reply: record "nothing to report", flagged, and move on.
            a = pending.type() == EvidenceType.BINARY ? Answer.NO : Answer.values(Set.of(), pending.defaultValue());
            s.unclear.add(pending.code());
        }
        s.evidence.put(pending.code(), a);
        s.pendingCode = null;
    }

    /** The reply without the pending question's value words, so that 令人恶心的 (a pain quality) is not nausea. */
    private static String withoutValueWords(Evidence e, String message) {
        String out = message.toLowerCase(Locale.ROOT);
        for (String v : e.values()) {
            for (String w : List.of(e.valueText(v).zh(), e.valueText(v).en())) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (lw.length() >= 2) out = out.replace(lw, " ".repeat(lw.length()));
            }
        }
        return out;
    }
}
