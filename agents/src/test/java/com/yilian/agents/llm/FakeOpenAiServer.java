package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible chat-completions server on a loopback port: answers {@code POST /v1/chat/completions} as JSON,
 * or as SSE chunks when the request asks to stream; records what arrived (body and headers).
 */
final class FakeOpenAiServer implements AutoCloseable {

    record Received(JsonNode body, Map<String, List<String>> headers, String raw) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile Function<Received, String> answer = r -> "{}";
    volatile int status = 200;
    volatile long delayMs = 0;

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void handle(HttpExchange ex) throws IOException {
        String raw = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received r = new Received(Requests.json(raw), Map.copyOf(ex.getRequestHeaders()), raw);
        received.add(r);
        try {
            if (delayMs > 0) Thread.sleep(delayMs); // a slow model, to make the client time out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (status != 200) {
            send(ex, status, "application/json", "{\"error\":{\"message\":\"status " + status + "\",\"type\":\"test\"}}");
            return;
        }
        String content = answer.apply(r);
        if (r.body().path("stream").asBoolean()) stream(ex, content);
        else send(ex, 200, "application/json", completion(content).toString());
    }

    private static ObjectNode completion(String content) {
        ObjectNode c = com.yilian.agents.baseline.Json.object().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000).put("model", "qwen-test");
        c.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                .putObject("message").put("role", "assistant").put("content", content);
        c.putObject("usage").put("prompt_tokens", 321).put("completion_tokens", 54).put("total_tokens", 375);
        return c;
    }

    private static void stream(HttpExchange ex, String content) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < content.length(); i += 3) {
                ObjectNode chunk = chunk();
                chunk.withArray("choices").addObject().put("index", 0)
                        .putObject("delta").put("content", content.substring(i, Math.min(content.length(), i + 3)));
                event(out, chunk.toString());
            }
            ObjectNode last = chunk();
            last.withArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
            event(out, last.toString());
            ObjectNode usage = chunk();
            usage.putArray("choices");
            usage.putObject("usage").put("prompt_tokens", 12).put("completion_tokens", 7).put("total_tokens", 19);
            event(out, usage.toString());
            event(out, "[DONE]");
        }
    }

    private static ObjectNode chunk() {
        return com.yilian.agents.baseline.Json.object().put("id", "chatcmpl-2").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000).put("model", "qwen-test");
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The text of the last user message of a received request. */
    static String lastUserText(Received r) {
        String text = "";
        for (JsonNode m : r.body().path("messages")) if (m.path("role").asText().equals("user")) text = m.path("content").asText();
        return text;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
