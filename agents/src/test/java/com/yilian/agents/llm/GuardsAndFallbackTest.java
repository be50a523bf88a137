package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.routing.RoutingConfig;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.yilian.agents.llm.Requests.json;
import static com.yilian.agents.llm.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

class GuardsAndFallbackTest {

    // Cough with fever and coloured sputum; pain denied.
    private static final JsonNode INTAKE = Requests.intake(45, "M", "E_201", "E_91", "E_77", "-E_53");

    private final TestModels t = new TestModels();
    private final EngineAgent engineMatrix = Requests.engineAgent(AgentNames.DIAGNOSIS_MATRIX);
    private final DiagnosisMatrixAgent agent = new DiagnosisMatrixAgent(t.router, Requests.ENGINE, engineMatrix);

    private StepResult run() {
        return agent.run(request(AgentNames.DIAGNOSIS_MATRIX, "intakeSummary", INTAKE));
    }

    @Test
    void faithfulAnswerEnrichesEveryRowAndMarksOutsideSuggestions() {
        t.model.otherwise(r -> MatrixDrafts.faithful(r, "E_91"));
        StepResult r = run();
        assertThat(r.degraded()).isFalse();
        assertKeepsEveryEngineField(r);
        assertThat(r.result().at("/model/endpoint").asText()).isEqualTo("scheduler");
        assertThat(r.result().at("/model/model").asText()).isEqualTo("qwen-test");
        assertThat(r.result().get("rows")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.at("/rationale/zh").asText()).isEqualTo("符合上呼吸道感染表现");
            assertThat(row.get("rationaleSource").asText()).isEqualTo("model");
        });
        assertThat(r.result().at("/suggestions/0/outsideKnowledgeBase").asBoolean()).isTrue();
        assertThat(r.result().get("corrections")).isEmpty();
        // The answer's record shape travels with the prompt, so that any model knows the JSON to write.
        assertThat(t.model.requests().getFirst().messages().toString()).contains("nameEn", "reasonZh");
    }

    @Test
    void theModelCanConsultTheEngineThroughTools() {
        t.model.then(dev.langchain4j.agent.tool.ToolExecutionRequest.builder().id("call-1").name("differential")
                .arguments("{}").build()).otherwise(r -> MatrixDrafts.faithful(r, "E_91"));
        StepResult r = run();
        assertThat(r.degraded()).isFalse();
        assertThat(t.model.requests()).hasSize(2);
        assertThat(t.model.requests().getFirst().toolSpecifications()).extracting(s -> s.name())
                .contains("differential", "nextQuestion", "examLadder", "diagnosisMatrix", "redFlags");
        var toolResult = t.model.requests().get(1).messages().stream()
                .filter(m -> m instanceof dev.langchain4j.data.message.ToolExecutionResultMessage)
                .map(m -> ((dev.langchain4j.data.message.ToolExecutionResultMessage) m).text()).findFirst().orElseThrow();
        assertThat(json(toolResult).get(0).get("conditionId").asText())
                .isEqualTo(r.result().at("/rows/0/conditionId").asText());
    }

    @Test
    void brokenJsonIsRepairedOnRetry() {
        t.model.then("{\"rows\": [ oops").otherwise(r -> MatrixDrafts.faithful(r, "E_91"));
        StepResult r = run();
        assertThat(r.degraded()).isFalse();
        assertThat(t.model.requests()).hasSize(2);
        assertThat(ScriptedChatModel.lastUserText(t.model.requests().get(1))).contains("格式修正");
    }

    @Test
    void brokenTwiceFallsBackWithInvalidOutput() {
        t.model.then("not json at all", "{\"rows\": [");
        StepResult r = run();
        assertDegraded(r, "invalid-output");
        assertThat(t.model.requests()).hasSize(2);
    }

    @Test
    void missingRequiredContentCountsAsInvalid() {
        t.model.then("{\"rows\":[]}", "{\"rows\":[]}");
        assertDegraded(run(), "invalid-output");
    }

    @Test
    void prescribingModelFallsBackWithUnsafeOutput() {
        t.model.otherwise(r -> MatrixDrafts.draft(MatrixDrafts.conditionIds(r), "E_91",
                "建议阿莫西林 500mg，每日3次"));
        StepResult r = run();
        assertDegraded(r, "unsafe-output");
        assertThat(r.degradation().reason().zh()).contains("500mg");
        assertThat(UnsafeOutputGuardTest.unsafe("请医生开药")).isTrue();
    }

    @Test
    void contradictingTheEvidenceIsCorrectedAndMarked() {
        t.model.otherwise(r -> MatrixDrafts.draft(MatrixDrafts.conditionIds(r), "E_53", "患者诉疼痛，支持该诊断"));
        StepResult r = run();
        assertThat(r.degraded()).isFalse();
        JsonNode result = r.result();
        assertThat(result.get("rows")).allSatisfy(row -> {
            assertThat(row.get("rationaleSource").asText()).isEqualTo("engine");
            assertThat(row.at("/rationale/zh").asText()).startsWith("支持：");
        });
        List<String> fields = result.get("corrections").findValuesAsText("field");
        assertThat(fields).contains("rows[0].rationale");
        assertThat(result.at("/corrections/0/note/zh").asText()).contains("否认");
    }

    @Test
    void unknownEvidenceCodeIsCorrected() {
        t.model.otherwise(r -> MatrixDrafts.faithful(r, "E_99999"));
        StepResult r = run();
        assertThat(r.result().get("corrections").findValuesAsText("modelSaid")).contains("E_99999");
        assertThat(r.result().at("/rows/0/rationaleSource").asText()).isEqualTo("engine");
    }

    @Test
    void rateLimitFallsBackWithQuotaExhaustedAndIsAudited() {
        t.model.then(new RateLimitException("429 Too Many Requests: tenant quota spent"));
        assertDegraded(run(), "quota-exhausted");
        assertThat(t.audit).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo("RateLimitException");
            assertThat(a.tenantId()).isEqualTo("community-a");
            assertThat(a.promptSha256()).hasSize(64);
        });
    }

    @Test
    void timeoutFallsBackWithTimeout() {
        t.model.then(new TimeoutException("request timed out after 60 s"));
        StepResult r = assertDegraded(run(), "timeout");
        assertThat(r.result().at("/degradedReason/zh").asText()).contains("时限");
        assertThat(r.result().at("/degradedReason/en").asText()).contains("in time");
    }

    @Test
    void noRouteMeansNoModel() {
        ModelRouter none = ModelRouter.openAi(RoutingConfig.none(), a -> { });
        StepResult r = new DiagnosisMatrixAgent(none, Requests.ENGINE, engineMatrix)
                .run(request(AgentNames.DIAGNOSIS_MATRIX, "intakeSummary", INTAKE));
        assertDegraded(r, "no-model");
    }

    @Test
    void anUnusableIntakeIsTheEnginesCannotDecideWithoutAskingTheModel() {
        StepRequest bad = request(AgentNames.DIAGNOSIS_MATRIX, "intakeSummary", json("{\"patient\":{\"sex\":\"M\"}}"));
        StepResult r = agent.run(bad);
        assertThat(r.outcome()).isEqualTo(StepResult.Outcome.CANNOT_DECIDE);
        assertThat(r.reason().zh()).contains("intakeSummary");
        assertThat(t.model.requests()).isEmpty();
    }

    /** A degraded step gives exactly the engine agent's result, marked with the reason. */
    private StepResult assertDegraded(StepResult r, String code) {
        assertThat(r.degraded()).isTrue();
        assertThat(r.degradation().code()).isEqualTo(code);
        assertThat(r.result().get("degradedCode").asText()).isEqualTo(code);
        StepRequest same = request(AgentNames.DIAGNOSIS_MATRIX, "intakeSummary", INTAKE);
        assertThat(r.result()).isEqualTo(engineMatrix.run(same, r.degradation()).result());
        assertThat(r.result().has("model")).isFalse();
        return r;
    }

    /** An enriched result keeps every field of the engine agent's, with the same values except the added ones. */
    private void assertKeepsEveryEngineField(StepResult r) {
        JsonNode engine = engineMatrix.run(request(AgentNames.DIAGNOSIS_MATRIX, "intakeSummary", INTAKE), null).result();
        engine.properties().forEach(e -> {
            if (!e.getKey().equals("rows")) assertThat(r.result().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        });
        assertThat(r.result().get("rows")).hasSameSizeAs(engine.get("rows"));
        for (int i = 0; i < engine.get("rows").size(); i++) {
            JsonNode row = r.result().get("rows").get(i);
            engine.get("rows").get(i).properties().forEach(e -> assertThat(row.get(e.getKey())).isEqualTo(e.getValue()));
        }
    }
}
