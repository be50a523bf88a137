package com.yilian.hub.cli;

import com.yilian.agents.deid.DeidCli;
import com.yilian.agents.eval.DdxplusEvalCli;
import com.yilian.scheduler.gateway.SchedulerCli;
import com.yilian.scheduler.sim.SimulateCli;
import com.yilian.scheduler.sim.TraceCli;
import com.yilian.tenants.TenantsCli;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** Dispatches {@code yilian-hub.jar COMMAND ...} to the tool that owns the command. */
public final class HubCommandLine {

    private static final String USAGE = """
            usage: java -jar yilian-hub.jar [serve]                  start the hub (default)
                   java -jar yilian-hub.jar tenants validate FILE    check a consortium file, list every problem
                   java -jar yilian-hub.jar tenants hash-password    read a password on stdin, print its bcrypt hash
                   java -jar yilian-hub.jar tenants api-key-hash     read an API key on stdin, print its sha256 hash
                   java -jar yilian-hub.jar eval ddxplus --patients FILE [--max-questions N] [--cv K] [--per-condition]
                                                                     simulated interviews, diagnostic accuracy as JSON
                   java -jar yilian-hub.jar deid [--summary]                  de-identify text on stdin, one record per line
                   java -jar yilian-hub.jar trace generate [--consortium FILE] [--seed N] [--hours H] [--out FILE]
                                                                     a realistic consortium day of inference requests
                   java -jar yilian-hub.jar simulate --trace FILE [--consortium FILE] --policies fcfs,static,vtc,yilian
                                                                     replay a day against scheduling policies, JSON
                   java -jar yilian-hub.jar scheduler --consortium FILE [--port 8090] [--redis redis://host:6379]
                                                                     run the GPU scheduler gateway until stopped
            """;

    private HubCommandLine() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        return switch (command) {
            case "tenants" -> rest.size() == 1 && rest.get(0).equals("hash-password")
                    ? PasswordHashCommand.run(in, out, err)
                    : TenantsCli.run(rest, out, err);
            case "eval" -> DdxplusEvalCli.run(rest, out, err);
            case "deid" -> DeidCli.run(rest, in, out, err);
            case "trace" -> TraceCli.run(rest, out, err);
            case "simulate" -> SimulateCli.run(rest, out, err);
            case "scheduler" -> SchedulerCli.run(rest, out, err);
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> {
                err.println("unknown command: " + command);
                err.print(USAGE);
                yield 2;
            }
        };
    }
}
