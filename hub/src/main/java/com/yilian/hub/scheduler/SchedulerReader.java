package com.yilian.hub.scheduler;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Reads a page of the scheduler's gateway ({@code /metrics}, {@code /capacity/replicas}) for the hub's own views. */
@Component
public class SchedulerReader {

    /** Why a page could not be read, in Chinese and English, for the IT console. */
    public static final class Unreachable extends Exception {
        private final String zh;
        private final String en;

        Unreachable(String zh, String en) {
            super(en);
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    // Short: an IT page waiting on an unreachable scheduler should say so, not hang.
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SchedulerAddress address;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SchedulerReader(SchedulerAddress address) {
        this.address = address;
    }

    /** The body of {@code path} on the scheduler, answered with HTTP 200. */
    public String read(String path) throws Unreachable {
        URI root = address.root().orElseThrow(() -> new Unreachable("没有配置调度器地址，内嵌调度器也未运行",
                "no yilian.scheduler.url is set and no embedded scheduler is running"));
        URI target = root.resolve(path);
        try {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (reply.statusCode() != 200) {
                throw new Unreachable("调度器 " + target + " 返回 HTTP " + reply.statusCode(),
                        "the scheduler at " + target + " answered HTTP " + reply.statusCode());
            }
            return reply.body();
        } catch (IOException e) {
            throw new Unreachable("无法连接调度器 " + target + "：" + e, "cannot reach the scheduler at " + target + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("读取调度器 " + target + " 时被中断", "interrupted while reading " + target);
        }
    }
}
