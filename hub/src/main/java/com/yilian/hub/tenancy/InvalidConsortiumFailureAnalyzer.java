package com.yilian.hub.tenancy;

import com.yilian.tenants.ConfigProblem;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells whoever started the hub exactly what to fix in the consortium file, instead of a stack trace. */
public class InvalidConsortiumFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConsortiumException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConsortiumException cause) {
        String problems = cause.problems().stream().map(ConfigProblem::toString)
                .collect(Collectors.joining("\n  ", "  ", ""));
        return new FailureAnalysis(
                "The consortium file " + cause.file() + " is not valid:\n" + problems,
                "Fix the lines above (check with: java -jar yilian-hub.jar tenants validate " + cause.file()
                        + "), or point yilian.tenants-file / YILIAN_TENANTS_FILE at a valid file.",
                cause);
    }
}
