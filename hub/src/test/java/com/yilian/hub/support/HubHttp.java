package com.yilian.hub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A plain HTTP client for tests that talk to a running hub exactly as outside clients do. */
public final class HubHttp {

    public static final String DEMO_PASSWORD = "yilian-demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a test request authenticates. */
    public record Credential(String header, String value) {
        public static Credential basic(String username, String password) {
            return new Credential("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public static Credential demo(String username) {
            return basic(username, DEMO_PASSWORD);
        }

        public static Credential bearer(String key) {
            return new Credential("Authorization", "Bearer " + key);
        }

        public static Credential none() {
            return new Credential(null, null);
        }
    }

    /** A response with its body as text, parsed on demand. */
    public record Reply(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String baseUrl;
    private final HttpClient client;

    public HubHttp(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private HubHttp(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /** A client that keeps cookies, like a browser session in the web apps. */
    public HubHttp browserSession() {
        return new HubHttp(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new java.net.CookieManager()).build());
    }

    public Reply get(String path, Credential credential) {
        return send(request(path, credential).GET());
    }

    /** A GET for something other than JSON: a web page, the Prometheus text format. */
    public Reply get(String path, Credential credential, String accept) {
        return send(request(path, credential).setHeader("Accept", accept).GET());
    }

    public Reply postJson(String path, Object body, Credential credential) {
        return send(request(path, credential).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** A JSON POST that asks for another representation, e.g. server-sent events. */
    public Reply postJson(String path, Object body, Credential credential, String accept) {
        return send(request(path, credential).setHeader("Accept", accept).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply putJson(String path, Object body, Credential credential) {
        return send(request(path, credential).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply delete(String path, Credential credential) {
        return send(request(path, credential).DELETE());
    }

    /**
     * The request Camunda Modeler sends to deploy: multipart with deployment-name, deployment-source,
     * enable-duplicate-filtering, an optional tenant-id, and one part per file named after the file.
     */
    public Reply modelerDeploy(Credential credential, String deploymentName, String tenantId, String fileName, byte[] file) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("enable-duplicate-filtering", "true");
        if (tenantId != null) {
            fields.put("tenant-id", tenantId);
        }
        String boundary = "----CamundaModelerBoundary" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request("/engine-rest/deployment/create", credential)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Reply postRaw(String path, String contentType, byte[] body, Credential credential) {
        return send(request(path, credential).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, Credential credential) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (credential.header() != null) {
            builder.header(credential.header(), credential.value());
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
