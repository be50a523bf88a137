package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.eval.ChinesePatientResponder;
import com.yilian.agents.eval.DdxPatient;
import com.yilian.agents.eval.PatientFile;
import com.yilian.agents.step.StepContext;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared engine, patients and an interview driver for the engine-agent tests. */
final class AgentFixtures {

    static final DiagnosticEngine ENGINE = DiagnosticEngine.standard();
    static final Path DEV_PATIENTS = Path.of("../../shared/data/ddxplus/dev_patients.csv");
    static final StepContext CONTEXT = new StepContext("clinic-a", "enc-1", "interactive", "phi");

    private AgentFixtures() { }

    static List<DdxPatient> devPatients() throws IOException {
        Path p = Files.exists(DEV_PATIENTS) ? DEV_PATIENTS : Path.of("/work/shared/data/ddxplus/dev_patients.csv");
        try (var in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return new PatientFile(ENGINE.knowledgeBase()).read(in).patients();
        }
    }

    static ObjectNode inputs() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ObjectNode patient(int age, String sex) {
        return inputs().put("age", age).put("sex", sex);
    }

    static StepRequest request(String agent, ObjectNode inputs) {
        return new StepRequest(agent, CONTEXT, inputs);
    }

    /** A whole interview: the patient opens, then answers every question until the interviewer stops (or 40 turns). */
    static StepResult interview(IntakeInterviewer agent, DdxPatient p) {
        ChinesePatientResponder responder = new ChinesePatientResponder(ENGINE.knowledgeBase(), p);
        ObjectNode in = inputs();
        in.set("patient", patient(p.age(), p.sexCode()));
        in.put("patientMessage", responder.openingMessage());
        StepResult r = agent.run(request("intake-interviewer", in));
        for (int turn = 0; turn < 40 && "ASKING".equals(r.routing().get("intakeStatus")); turn++) {
            JsonNode code = r.result().path("pendingQuestion").path("code");
            String reply = code.isTextual() ? responder.answer(code.asText()) : responder.openingMessage();
            ObjectNode next = inputs();
            next.set("patient", patient(p.age(), p.sexCode()));
            next.set("intakeSummary", r.result());
            next.put("patientMessage", reply);
            r = agent.run(request("intake-interviewer", next));
        }
        return r;
    }
}
