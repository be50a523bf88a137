package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.agents.llm.audit.AuditRecord;
import com.yilian.agents.llm.routing.EndpointConfig;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.routing.RouteConfig;
import com.yilian.agents.llm.routing.RoutingConfig;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.yilian.agents.llm.Requests.json;
import static com.yilian.agents.llm.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** A PHI step routed to a remote endpoint: nothing identifying leaves the hub, and the answer comes back whole. */
class PhiRoutingTest {

    private static final String NAME = "张伟";
    private static final String ID = withCheckCharacter("11010519800307123");
    private static final String PHONE = "13812345678";
    private static final String ADDRESS = "北京市朝阳区建国路88号";

    private final FakeOpenAiServer server = new FakeOpenAiServer();
    private final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    PhiRoutingTest() throws Exception { }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void phiIsDeidentifiedForTheRemoteEndpointAndRestoredInTheAnswer() {
        EndpointConfig remote = new EndpointConfig("remote-api", server.baseUrl(), "remote-model", "remote-key", true,
                Duration.ofSeconds(10), 0, null);
        ModelRouter router = ModelRouter.openAi(new RoutingConfig(List.of(remote),
                List.of(new RouteConfig(null, null, null, "remote-api"))), audit::add);
        server.answer = r -> {
            // The remote model answers with the placeholders it was given, as a model would.
            Set<String> placeholders = new LinkedHashSet<>();
            Matcher m = Pattern.compile("\\[(姓名|身份证号|电话|地址)\\d+]").matcher(r.raw());
            while (m.find()) placeholders.add(m.group());
            return "{\"summaryZh\":\"患者" + String.join("，", placeholders) + "，咳嗽伴发热，建议上转呼吸科。\","
                    + "\"summaryEn\":\"Cough with fever.\","
                    + "\"keyFindings\":[\"E_91\"],\"questionsForSpecialistZh\":\"是否需要胸部 CT？\"}";
        };
        JsonNode intake = Requests.intake(45, "M", "E_201", "E_91");
        String reason = "患者" + NAME + "，男，45岁，身份证号" + ID + "，电话" + PHONE + "，家住" + ADDRESS + "，咳嗽发热一周，需上转。";

        StepResult r = new ReferralSummarizer(router, Requests.ENGINE, Requests.engineAgent(AgentNames.REFERRAL_SUMMARIZER))
                .run(request(AgentNames.REFERRAL_SUMMARIZER, "intakeSummary", intake, "referralReason", reason));

        assertThat(server.received).isNotEmpty().allSatisfy(sent -> {
            assertThat(sent.raw()).doesNotContain(NAME, ID, PHONE, ADDRESS, "建国路").contains("[姓名1]", "[电话1]");
            assertThat(sent.header("X-Yilian-Data-Class")).isEqualTo("deidentified");
            assertThat(sent.header("Authorization")).isEqualTo("Bearer remote-key");
        });
        assertThat(r.degraded()).isFalse();
        assertThat(r.result().at("/summary/zh").asText()).contains(NAME, ID, PHONE, ADDRESS).doesNotContain("[姓名");
        assertThat(r.result().get("referralReason").asText()).isEqualTo(reason);
        assertThat(r.result().at("/model/dataClassSent").asText()).isEqualTo("deidentified");
        assertThat(audit).singleElement().satisfies(a -> assertThat(a.dataClass()).isEqualTo("deidentified"));
    }

    @Test
    void streamedAnswersRestorePlaceholdersSplitAcrossChunks() throws Exception {
        EndpointConfig remote = new EndpointConfig("remote-api", server.baseUrl(), "remote-model", "remote-key", true,
                Duration.ofSeconds(10), 0, null);
        ModelRouter router = ModelRouter.openAi(new RoutingConfig(List.of(remote),
                List.of(new RouteConfig(null, null, null, "remote-api"))), audit::add);
        server.answer = r -> "已联系[姓名1]（电话[电话1]），请家属陪同。"; // chunks of 3 characters split the placeholders
        List<String> partials = new CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<dev.langchain4j.model.chat.response.ChatResponse> done =
                new java.util.concurrent.CompletableFuture<>();
        router.route(new com.yilian.agents.llm.routing.ModelCall("community-a", AgentNames.INTAKE_INTERVIEWER, "enc-9",
                        "interactive", "phi")).orElseThrow().streamingChatModel()
                .chat(dev.langchain4j.model.chat.request.ChatRequest.builder()
                        .messages(dev.langchain4j.data.message.UserMessage.from("请通知患者" + NAME + "，电话" + PHONE + "。")).build(),
                        new dev.langchain4j.model.chat.response.StreamingChatResponseHandler() {
                            @Override
                            public void onPartialResponse(String partial) {
                                partials.add(partial);
                            }

                            @Override
                            public void onCompleteResponse(dev.langchain4j.model.chat.response.ChatResponse response) {
                                done.complete(response);
                            }

                            @Override
                            public void onError(Throwable error) {
                                done.completeExceptionally(error);
                            }
                        });
        String expected = "已联系" + NAME + "（电话" + PHONE + "），请家属陪同。";
        assertThat(done.get(30, java.util.concurrent.TimeUnit.SECONDS).aiMessage().text()).isEqualTo(expected);
        assertThat(String.join("", partials)).isEqualTo(expected);
        assertThat(partials).noneMatch(p -> p.contains("["));
        assertThat(server.received.getFirst().raw()).doesNotContain(NAME, PHONE);
    }

    /** GB 11643 check character, so that the detector takes the number for a real ID. */
    static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * weights[i];
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
