package com.yilian.scheduler.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.scheduler.Policies;
import com.yilian.scheduler.SchedulerSetup;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;
import com.yilian.tenants.Tenant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code yilian-hub.jar simulate --consortium FILE --trace FILE --policies fcfs,static,vtc,yilian
 * [--replicas-per-pool N | POOL=N,POOL=N]}: replays one trace against each policy and prints one JSON object,
 * {@code {"policies": {"<policy>": {...}}}} (see {@link PolicyReport}).
 */
public final class SimulateCli {
    static final String USAGE = "usage: simulate [--consortium FILE] --trace FILE [--policies fcfs,static,vtc,yilian]"
            + " [--replicas-per-pool N | POOL=N,POOL=N]";

    private SimulateCli() {
    }

    /** @param args what follows {@code simulate}; returns the exit code: 0 done, 2 bad input, 1 internal error */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<CliOptions> parsed = CliOptions.parse(args,
                Set.of("consortium", "trace", "policies", "replicas-per-pool"), err);
        if (parsed.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        CliOptions o = parsed.get();
        Optional<String> traceFile = o.get("trace");
        if (traceFile.isEmpty()) {
            err.println("--trace is required; " + USAGE);
            return 2;
        }
        List<String> policies = new ArrayList<>(new LinkedHashSet<>(List.of(
                o.get("policies").orElse(String.join(",", Policies.NAMES)).split(","))));
        policies.replaceAll(String::strip);
        for (String p : policies) {
            if (!Policies.NAMES.contains(p)) {
                err.println("unknown policy \"" + p + "\"; the policies are " + String.join(", ", Policies.NAMES));
                return 2;
            }
        }
        Optional<Consortium> consortium = o.consortium(err);
        if (consortium.isEmpty()) {
            return 2;
        }
        Optional<Map<String, Integer>> replicas = replicas(o.get("replicas-per-pool"), consortium.get(), err);
        if (replicas.isEmpty()) {
            return 2;
        }
        Set<String> tenants = consortium.get().tenants().stream().map(Tenant::id).collect(Collectors.toSet());
        Trace trace;
        try (BufferedReader in = Files.newBufferedReader(Path.of(traceFile.get()), StandardCharsets.UTF_8)) {
            trace = TraceFormat.read(traceFile.get(), in, tenants);
        } catch (NoSuchFileException e) {
            err.println("cannot read " + traceFile.get() + ": it does not exist");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + traceFile.get() + ": " + e.getMessage());
            return 2;
        }
        trace.problems().forEach(p -> err.println(p + " (line skipped)"));
        SchedulerSetup setup = SchedulerSetup.of(consortium.get(), replicas.get());
        Simulator simulator = new Simulator(setup, ServingModel.defaults());
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode byPolicy = root.putObject("policies");
        Map<String, PolicyReport> reports = new LinkedHashMap<>();
        for (String p : policies) {
            try {
                reports.put(p, simulator.run(Policies.create(p, setup).orElseThrow(), trace.records()));
            } catch (RuntimeException e) {
                // A bug, not bad input: say where, without burying the message in a stack trace.
                err.println("simulating policy " + p + " failed: " + e);
                return 1;
            }
        }
        reports.forEach((p, report) -> {
            ObjectNode node = report.toJson();
            report.addSameWindows(node, reports);
            byPolicy.set(p, node);
        });
        try {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            err.println("cannot write the report: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    /** {@code N} for every local pool, or {@code POOL=N,...} for some. */
    static Optional<Map<String, Integer>> replicas(Optional<String> option, Consortium consortium, PrintStream err) {
        Map<String, Integer> result = new HashMap<>();
        if (option.isEmpty()) {
            return Optional.of(result);
        }
        List<String> local = consortium.modelPools().stream().filter(p -> p.kind() == PoolKind.LOCAL)
                .map(ModelPool::id).toList();
        for (String part : option.get().split(",")) {
            String pool = part.contains("=") ? part.substring(0, part.indexOf('=')).strip() : null;
            String count = part.contains("=") ? part.substring(part.indexOf('=') + 1).strip() : part.strip();
            int n;
            try {
                n = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > 10_000) {
                err.println("--replicas-per-pool: \"" + part + "\" must be N or POOL=N with N from 1 to 10000");
                return Optional.empty();
            }
            if (pool != null && !local.contains(pool)) {
                err.println("--replicas-per-pool: no local pool \"" + pool + "\"; the local pools are "
                        + String.join(", ", local));
                return Optional.empty();
            }
            for (String id : pool == null ? local : List.of(pool)) {
                result.put(id, n);
            }
        }
        return Optional.of(result);
    }
}
