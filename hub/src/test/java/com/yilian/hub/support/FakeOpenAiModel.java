package com.yilian.hub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat-completions server on loopback that answers each agent the way its prompt asks (the
 * structured outputs of agents' {@code com.yilian.agents.llm} records), recognised by the fields the prompt asks
 * for. Records every request; {@link #status} switches it to answering an error such as 429.
 */
public final class FakeOpenAiModel implements AutoCloseable {

    public static final String MODEL = "qwen-fake";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONDITION = Pattern.compile("\"conditionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXAM = Pattern.compile("\"examId\"\\s*:\\s*\"([^\"]+)\"");

    /** One request as it arrived: the raw body and the agent it was recognised as. */
    public record Received(String raw, String agent, String dataClassHeader, int answeredStatus) {
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    public volatile int status = 200;
    private final HttpServer server;

    public FakeOpenAiModel() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public long count(String agent) {
        return received.stream().filter(r -> r.agent().equals(agent)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String prompt = prompt(JSON.readTree(raw));
        String agent = agentOf(prompt);
        int answering = status;
        received.add(new Received(raw, agent, exchange.getRequestHeaders().getFirst("X-Yilian-Data-Class"), answering));
        if (answering != 200) {
            send(exchange, answering, "{\"error\":{\"message\":\"quota exhausted (test)\",\"type\":\"rate_limit\"}}");
            return;
        }
        String content = answer(agent, prompt);
        if (JSON.readTree(raw).path("stream").asBoolean()) stream(exchange, content);
        else send(exchange, 200, completion(content).toString());
    }

    /** The whole answer in one chunk, then the end, the usage and [DONE], as OpenAI streams it. */
    private static void stream(HttpExchange exchange, String content) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            ObjectNode chunk = chunk();
            chunk.putArray("choices").addObject().put("index", 0).putObject("delta").put("content", content);
            ObjectNode end = chunk();
            end.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
            ObjectNode usage = chunk();
            usage.putArray("choices");
            usage.putObject("usage").put("prompt_tokens", 300).put("completion_tokens", 40).put("total_tokens", 340);
            for (String data : List.of(chunk.toString(), end.toString(), usage.toString(), "[DONE]")) {
                out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    private static ObjectNode chunk() {
        return JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000).put("model", MODEL);
    }

    /** Every message's text, the tool and format instructions included. */
    private static String prompt(JsonNode body) {
        StringBuilder text = new StringBuilder();
        for (JsonNode m : body.path("messages")) text.append(m.path("content").asText()).append('\n');
        return text.toString();
    }

    // Checked in this order: several prompts also show findings, so the reading (its catalogue) comes last.
    private static String agentOf(String prompt) {
        if (prompt.contains("questionZh")) return "intake-phrasing";
        if (prompt.contains("rationaleZh")) return "diagnosis-matrix";
        if (prompt.contains("whyNowZh")) return "exam-recommender";
        if (prompt.contains("planZh")) return "follow-up-planner";
        if (prompt.contains("assessmentZh")) return "check-in-assessor";
        if (prompt.contains("summaryZh")) return "referral-summarizer";
        if (prompt.contains("\"catalogue\"")) return "intake-reading";
        return "unknown";
    }

    private static String answer(String agent, String prompt) {
        ObjectNode a = JSON.createObjectNode();
        switch (agent) {
            case "intake-phrasing" -> a.put("questionZh", "请问您还有哪些不舒服？").put("questionEn", "What else troubles you?");
            case "intake-reading" -> a.putArray("findings"); // the engine's own reading of the words stands
            case "diagnosis-matrix" -> {
                ArrayNode rows = a.putArray("rows");
                for (String id : all(CONDITION, prompt)) {
                    rows.addObject().put("conditionId", id).put("rationaleZh", "与目前的问诊所见相符，仍需检查核实")
                            .put("rationaleEn", "fits the interview so far; to be checked").putArray("citedFindings");
                }
                a.putArray("suggestions");
            }
            case "exam-recommender" -> {
                ArrayNode exams = a.putArray("exams");
                for (String id : all(EXAM, prompt)) {
                    exams.addObject().put("examId", id).put("whyNowZh", "无创、费用低，可先缩小鉴别范围")
                            .put("whyNowEn", "non-invasive and cheap: narrows the differential first");
                }
            }
            case "follow-up-planner" -> a.put("planZh", "规律作息，按计划复诊；如症状加重请立即就诊。")
                    .put("planEn", "Keep regular hours and come back as planned; come at once if it gets worse.");
            case "check-in-assessor" -> a.put("outcome", "STABLE").put("assessmentZh", "患者自述好转，暂无警示症状。")
                    .put("assessmentEn", "The patient reports improvement; no warning signs.");
            case "referral-summarizer" -> a.put("summaryZh", "转诊摘要").put("summaryEn", "Referral summary")
                    .putArray("keyFindings");
            default -> a.put("note", "unrecognised request");
        }
        return a.toString();
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) if (!ids.contains(m.group(1))) ids.add(m.group(1));
        return ids;
    }

    private static ObjectNode completion(String content) {
        ObjectNode c = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("created", 1_700_000_000).put("model", MODEL);
        c.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                .putObject("message").put("role", "assistant").put("content", content);
        c.putObject("usage").put("prompt_tokens", 300).put("completion_tokens", 40).put("total_tokens", 340);
        return c;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
