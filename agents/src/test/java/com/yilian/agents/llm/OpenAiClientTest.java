package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.agents.llm.audit.AuditRecord;
import com.yilian.agents.llm.routing.EndpointConfig;
import com.yilian.agents.llm.routing.ModelCall;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.routing.RouteConfig;
import com.yilian.agents.llm.routing.RoutingConfig;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.yilian.agents.llm.Requests.json;
import static com.yilian.agents.llm.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Through the real langchain4j-open-ai client against an OpenAI-compatible server on a loopback port. */
class OpenAiClientTest {

    private static final JsonNode INTAKE = Requests.intake(45, "M", "E_201", "E_91", "E_77", "-E_53");

    private final FakeOpenAiServer server = new FakeOpenAiServer();
    private final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    OpenAiClientTest() throws Exception { }

    @AfterEach
    void stop() {
        server.close();
    }

    private ModelRouter router(String baseUrl, Duration timeout) {
        EndpointConfig local = new EndpointConfig("scheduler", baseUrl, "qwen-test", "default-key", false, timeout, 0,
                Map.of("community-a", "key-a"));
        EndpointConfig remote = new EndpointConfig("remote-api", baseUrl, "remote-model", "remote-key", true, timeout, 0, null);
        return ModelRouter.openAi(new RoutingConfig(List.of(local, remote), List.of(
                new RouteConfig(List.of("*"), List.of(AgentNames.REFERRAL_SUMMARIZER), List.of("*"), "remote-api"),
                new RouteConfig(List.of("*"), List.of("*"), List.of("*"), "scheduler"))), audit::add);
    }

    private ModelRouter router() {
        return router(server.baseUrl(), Duration.ofSeconds(10));
    }

    @Test
    void examStepThroughTheOpenAiClient() {
        server.answer = r -> {
            Matcher m = Pattern.compile("\"examId\" : \"([^\"]+)\"").matcher(FakeOpenAiServer.lastUserText(r));
            StringBuilder exams = new StringBuilder();
            while (m.find()) exams.append(exams.isEmpty() ? "" : ",").append("{\"examId\":\"").append(m.group(1))
                    .append("\",\"whyNowZh\":\"价格低、无创，可先区分细菌与病毒感染\",\"whyNowEn\":\"cheap and non-invasive\"}");
            return "{\"exams\":[" + exams + "]}";
        };
        StepResult r = new ExamRecommender(router(), Requests.ENGINE,
                Requests.engineAgent(AgentNames.EXAM_RECOMMENDER))
                .run(request(AgentNames.EXAM_RECOMMENDER, "intakeSummary", INTAKE));

        assertThat(r.degradation()).isNull();
        assertThat(r.result().get("exams")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("whyNowSource").asText()).isEqualTo("model");
            assertThat(e.at("/whyNow/zh").asText()).startsWith("价格低");
        });
        JsonNode engine = Requests.engineAgent(AgentNames.EXAM_RECOMMENDER)
                .run(request(AgentNames.EXAM_RECOMMENDER, "intakeSummary", INTAKE), null).result();
        assertThat(r.result().get("exams").findValuesAsText("examId")).isEqualTo(engine.get("exams").findValuesAsText("examId"));
        FakeOpenAiServer.Received sent = server.received.getFirst();
        assertThat(sent.header("Authorization")).isEqualTo("Bearer key-a");
        assertThat(sent.header("X-Yilian-Data-Class")).isEqualTo("phi");
        assertThat(sent.header("X-Yilian-Priority")).isEqualTo("interactive");
        assertThat(sent.body().get("model").asText()).isEqualTo("qwen-test");
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.endpoint()).isEqualTo("scheduler");
            assertThat(a.agent()).isEqualTo(AgentNames.EXAM_RECOMMENDER);
            assertThat(a.inputTokens()).isEqualTo(321);
            assertThat(a.outputTokens()).isEqualTo(54);
            assertThat(a.model()).isEqualTo("qwen-test");
            assertThat(a.outcome()).isEqualTo("ok");
        });
    }

    @Test
    void streamingCallThroughTheOpenAiClient() throws Exception {
        String answer = "您好，请问您哪里不舒服？持续多久了？";
        server.answer = r -> answer;
        ModelCall call = new ModelCall("community-a", AgentNames.INTAKE_INTERVIEWER, "enc-7", "interactive", "public");
        List<String> partials = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        router().route(call).orElseThrow().streamingChatModel().chat(
                ChatRequest.builder().messages(UserMessage.from("你好")).build(), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partial) {
                        partials.add(partial);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        ChatResponse response = done.get(30, TimeUnit.SECONDS);
        assertThat(partials).hasSizeGreaterThan(1);
        assertThat(String.join("", partials)).isEqualTo(answer);
        assertThat(response.aiMessage().text()).isEqualTo(answer);
        assertThat(server.received.getFirst().body().get("stream").asBoolean()).isTrue();
        assertThat(server.received.getFirst().header("X-Yilian-Data-Class")).isEqualTo("public");
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.encounterId()).isEqualTo("enc-7");
            assertThat(a.outcome()).isEqualTo("ok");
            assertThat(a.outputTokens()).isEqualTo(7);
        });
    }

    @Test
    void quotaAndServerErrorsAndRefusedConnectionsAndTimeoutsDegrade() throws Exception {
        server.status = 429;
        assertThat(matrix(router()).degradation().code()).isEqualTo("quota-exhausted");
        server.status = 503;
        assertThat(matrix(router()).degradation().code()).isEqualTo("model-unreachable");
        server.status = 200;
        server.delayMs = 3_000;
        assertThat(matrix(router(server.baseUrl(), Duration.ofMillis(300))).degradation().code()).isEqualTo("timeout");

        String closedPort;
        try (FakeOpenAiServer gone = new FakeOpenAiServer()) {
            closedPort = gone.baseUrl();
        }
        StepResult refused = matrix(router(closedPort, Duration.ofSeconds(5)));
        assertThat(refused.degradation().code()).isEqualTo("model-unreachable");
        assertThat(refused.degradation().reason().en()).contains("could not be reached");
        assertThat(audit).extracting(AuditRecord::outcome).doesNotContain("ok").hasSize(4);
    }

    private StepResult matrix(ModelRouter router) {
        return new DiagnosisMatrixAgent(router, Requests.ENGINE, Requests.engineAgent(AgentNames.DIAGNOSIS_MATRIX))
                .run(request(AgentNames.DIAGNOSIS_MATRIX, "intakeSummary", INTAKE));
    }
}
