package com.yilian.scheduler.sim;

import com.yilian.tenants.Consortium;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code yilian-hub.jar trace generate [--consortium FILE] [--seed N] [--hours H] [--out FILE]}. */
public final class TraceCli {
    static final String USAGE = "usage: trace generate [--consortium FILE] [--seed N] [--hours H] [--out FILE]";

    private TraceCli() {
    }

    /** @param args what follows {@code trace}; returns the exit code: 0 done, 2 bad input */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("generate")) {
            err.println(args.isEmpty() ? USAGE : "unknown command " + args.get(0) + "; " + USAGE);
            return 2;
        }
        Optional<CliOptions> parsed = CliOptions.parse(args.subList(1, args.size()),
                Set.of("consortium", "seed", "hours", "out"), err);
        if (parsed.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        CliOptions o = parsed.get();
        Optional<Double> seed = o.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, err);
        Optional<Double> hours = o.number("hours", 24, 0.01, 24 * 7, err);
        Optional<Consortium> consortium = seed.isEmpty() || hours.isEmpty() ? Optional.empty() : o.consortium(err);
        if (consortium.isEmpty()) {
            return 2;
        }
        List<TraceRecord> trace = new TraceGenerator(consortium.get(), seed.get().longValue()).generate(hours.get());
        try {
            Optional<String> file = o.get("out");
            if (file.isPresent()) {
                try (Writer w = Files.newBufferedWriter(Path.of(file.get()), StandardCharsets.UTF_8)) {
                    TraceFormat.write(trace, w);
                }
                err.println("wrote " + trace.size() + " requests to " + file.get());
            } else {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                TraceFormat.write(trace, w);
                w.flush();
            }
        } catch (IOException | RuntimeException e) {
            err.println("cannot write the trace: " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
