package com.yilian.scheduler.sim;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.ExampleConsortium;
import com.yilian.tenants.LoadResult;
import com.yilian.tenants.TenantConfigLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of the simulator's commands; a mistake is a message that names what is allowed. */
public final class CliOptions {
    private final Map<String, String> values = new HashMap<>();

    private CliOptions() {
    }

    /** Empty, after a message on err, when the arguments are not understood. */
    public static Optional<CliOptions> parse(List<String> args, Set<String> allowed, PrintStream err) {
        CliOptions o = new CliOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.startsWith("--") ? a.substring(2) : null;
            String value = null;
            if (name != null && name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name == null || !allowed.contains(name)) {
                err.println("unknown argument " + a + "; the options are --"
                        + String.join(", --", allowed.stream().sorted().toList()));
                return Optional.empty();
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    err.println("--" + name + " needs a value");
                    return Optional.empty();
                }
                value = args.get(++i);
            }
            o.values.put(name, value);
        }
        return Optional.of(o);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Empty after a message when the value is not a number in range. */
    public Optional<Double> number(String name, double fallback, double min, double max, PrintStream err) {
        String v = values.get(name);
        if (v == null) {
            return Optional.of(fallback);
        }
        try {
            double d = Double.parseDouble(v);
            if (d >= min && d <= max) {
                return Optional.of(d);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        err.println("--" + name + " must be a number from " + fmt(min) + " to " + fmt(max) + ", not " + v);
        return Optional.empty();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The consortium from {@code --consortium}, or the example one when the option is absent. */
    public Optional<Consortium> consortium(PrintStream err) {
        String file = values.get("consortium");
        LoadResult result = file == null ? ExampleConsortium.load() : TenantConfigLoader.load(Path.of(file));
        if (!result.ok()) {
            result.problems().forEach(p -> err.println(p));
            return Optional.empty();
        }
        return Optional.of(result.consortium());
    }
}
