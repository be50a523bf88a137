package com.yilian.agents.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code yilian-hub.jar deid [--summary]}: de-identifies stdin line by line, one record per line (UTF-8). */
public final class DeidCli {
    static final String USAGE = "usage: deid [--summary] < records.txt\n"
            + "  reads one record per line (UTF-8) and writes each de-identified on its own line;\n"
            + "  --summary  also prints the number of values replaced per kind to stderr";

    private DeidCli() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        boolean summary = false;
        for (String a : args) {
            if (a.equals("--summary")) summary = true;
            else {
                err.println(a.equals("--help") || a.equals("-h") ? USAGE : "unknown argument: " + a + "\n" + USAGE);
                return 2;
            }
        }
        Deidentifier deid = new Deidentifier();
        Map<EntityKind, Integer> totals = new EnumMap<>(EntityKind.class);
        int records = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                DeidentifiedText d = deid.deidentify(line);
                out.println(d.text());
                d.counts().forEach((k, n) -> totals.merge(k, n, Integer::sum));
                records++;
            }
        } catch (IOException e) {
            err.println("deid: cannot read input: " + e.getMessage());
            return 1;
        }
        out.flush();
        if (summary) {
            err.println("records: " + records);
            for (EntityKind k : EntityKind.values()) err.println(k.label() + ": " + totals.getOrDefault(k, 0));
        }
        return 0;
    }
}
