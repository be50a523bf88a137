package com.yilian.scheduler.gateway;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What the gateway adds to a model call at a constant arrival rate. A vLLM-like emulator and the gateway in front of
 * it run in two JVMs of their own; this JVM is an open-loop load generator that sends the same rate to each path,
 * interleaved request by request: directly to the emulator, and through the gateway (tenant API key, data class,
 * interactive priority) to the same emulator. Latencies count from each request's intended send time. The JVM flags
 * of this process are passed on to both servers. Prints the percentiles of both paths and what the gateway adds.
 *
 * <p>Arguments (all optional): {@code --rate 1000} requests a second per path, {@code --duration 30} measured
 * seconds, {@code --warmup 20} seconds not measured, {@code --tokens 16} per answer, {@code --token-rate 1000} tokens
 * a second per answer, {@code --stream true|false}, {@code --jfr FILE} records the gateway with Flight Recorder.
 */
public final class GatewayOverheadBenchmark {
    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        double rate = Double.parseDouble(opt.getOrDefault("rate", "1000"));
        double duration = Double.parseDouble(opt.getOrDefault("duration", "30"));
        double warmup = Double.parseDouble(opt.getOrDefault("warmup", "20"));
        int tokens = Integer.parseInt(opt.getOrDefault("tokens", "16"));
        int tokenRate = Integer.parseInt(opt.getOrDefault("token-rate", "1000"));
        boolean stream = Boolean.parseBoolean(opt.getOrDefault("stream", "true"));
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList();
        List<String> gatewayFlags = new ArrayList<>(flags);
        if (opt.containsKey("jfr")) {
            gatewayFlags.add("-XX:StartFlightRecording=filename=" + opt.get("jfr") + ",settings=profile");
        }
        try (BenchProcesses.Child emulator = BenchProcesses.start("emulator", flags, Integer.toString(tokens),
                Integer.toString(tokenRate));
             BenchProcesses.Child gateway = BenchProcesses.start("gateway", gatewayFlags,
                     "http://127.0.0.1:" + emulator.port() + "/v1");
             OpenLoopLoad load = new OpenLoopLoad(List.of(
                     new OpenLoopLoad.Target("direct ", emulator.port(), "/v1/chat/completions", List.of()),
                     new OpenLoopLoad.Target("gateway", gateway.port(), "/v1/chat/completions", List.of(
                             new String[] {"Authorization", "Bearer " + BenchProcesses.KEY},
                             new String[] {CallerHeaders.DATA_CLASS, "deidentified"},
                             new String[] {CallerHeaders.PRIORITY, "interactive"}))), stream)) {
            System.out.printf("gateway overhead, open loop: %.0f rps per path (%.0f rps in all, interleaved), %s, "
                            + "%d tokens at %d tokens/s, warm-up %.0f s, measured %.0f s%n", rate, 2 * rate,
                    stream ? "streaming" : "whole answers", tokens, tokenRate, warmup, duration);
            System.out.println("load generator: " + BenchProcesses.jvm());
            System.out.println("emulator:       " + emulator.jvm());
            System.out.println("gateway:        " + gateway.jvm());
            List<ProcessHandle> processes = List.of(ProcessHandle.current(), emulator.process().toHandle(),
                    gateway.process().toHandle());
            long[] cpu = new long[processes.size()];
            long[][][] sched = new long[processes.size()][][];
            String[] loadAverage = new String[2];
            OpenLoopLoad.Stats[] stats = load.run(rate, warmup, duration, () -> {
                loadAverage[0] = BenchProcesses.loadAverage();
                for (int i = 0; i < cpu.length; i++) {
                    cpu[i] = -cpuNanos(processes.get(i));
                    sched[i] = BenchProcesses.schedule(processes.get(i).pid());
                }
            }, () -> {
                loadAverage[1] = BenchProcesses.loadAverage();
                for (int i = 0; i < cpu.length; i++) {
                    cpu[i] += cpuNanos(processes.get(i));
                    long[][] now = BenchProcesses.schedule(processes.get(i).pid());
                    for (int k = 0; k < now.length; k++) {
                        sched[i][k][0] = now[k][0] - sched[i][k][0];
                        sched[i][k][1] = now[k][1] - sched[i][k][1];
                    }
                }
            });
            System.out.printf("load average (1/5/15 min) at the start of the measured phase %s, at its end %s, "
                    + "on %d cores%n", loadAverage[0], loadAverage[1], Runtime.getRuntime().availableProcessors());
            System.out.printf("CPU while measured (share of one core; per request of the paths it serves): load "
                    + "generator %.0f%% (%.0f µs), emulator %.0f%% (%.0f µs), gateway %.0f%% (%.0f µs)%n",
                    100.0 * cpu[0] / duration / 1e9, cpu[0] / 1e3 / (2 * rate * duration),
                    100.0 * cpu[1] / duration / 1e9, cpu[1] / 1e3 / (2 * rate * duration),
                    100.0 * cpu[2] / duration / 1e9, cpu[2] / 1e3 / (rate * duration));
            String[] names = {"load generator", "emulator", "gateway"};
            for (int i = 0; i < names.length; i++) {
                StringBuilder line = new StringBuilder(String.format("%-15s ms per second on a CPU / runnable "
                        + "but waiting for one:", names[i]));
                for (int k = 0; k < BenchProcesses.KINDS.size(); k++) {
                    line.append(String.format(" %s %.0f / %.0f", BenchProcesses.KINDS.get(k),
                            sched[i][k][0] / 1e6 / duration, sched[i][k][1] / 1e6 / duration));
                }
                System.out.println(line);
            }
            report(stats, load.sendLag, duration, rate);
        }
    }

    private static void report(OpenLoopLoad.Stats[] stats, Histogram sendLag, double duration, double rate) {
        System.out.println("ms from intended send    p50      p90      p99    p99.9      max       n  errors  rps");
        for (String kind : List.of("TTFT ", "total")) {
            for (OpenLoopLoad.Stats s : stats) {
                Histogram h = kind.startsWith("TTFT") ? s.ttft : s.total;
                System.out.printf("%s %s         %8.2f %8.2f %8.2f %8.2f %8.2f %7d %7d %6.0f%n", kind, s.name,
                        ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9), h.getMaxValue() / 1000.0, h.getTotalCount(),
                        s.errors, h.getTotalCount() / duration);
            }
        }
        for (OpenLoopLoad.Stats s : stats) {
            long unfinished = s.sent - s.total.getTotalCount() - s.errors;
            if (unfinished > 0) {
                System.out.println(s.name + ": " + unfinished + " measured requests had no answer 30 s after the last "
                        + "was sent; the percentiles above leave them out");
            }
            if (s.firstError != null) {
                System.out.println("first error " + s.name + ": " + s.firstError);
            }
        }
        System.out.printf("send lag (load generator behind schedule): p99 %.2f ms, max %.2f ms%n", ms(sendLag, 99),
                sendLag.getMaxValue() / 1000.0);
        OpenLoopLoad.Stats direct = stats[0];
        OpenLoopLoad.Stats gateway = stats[1];
        System.out.printf("added p50 TTFT: %.2f ms, added p99 total: %.2f ms, added p99.9 TTFT: %.2f ms%n",
                ms(gateway.ttft, 50) - ms(direct.ttft, 50), ms(gateway.total, 99) - ms(direct.total, 99),
                ms(gateway.ttft, 99.9) - ms(direct.ttft, 99.9));
        System.out.printf("added p99 TTFT: %.2f ms (gateway p99 %.2f − direct p99 %.2f) at %.0f rps%n",
                ms(gateway.ttft, 99) - ms(direct.ttft, 99), ms(gateway.ttft, 99), ms(direct.ttft, 99),
                gateway.ttft.getTotalCount() / duration);
    }

    private static long cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }
}
