package com.yilian.agents.llm.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.service.output.OutputParsingException;
import com.yilian.agents.step.StepResult.Degradation;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/** Turns what a model call threw into the degradation the clinician sees. */
public final class FailureClassifier {

    private FailureClassifier() { }

    /** True when the answer arrived but could not be read: worth one repair attempt. */
    public static boolean isInvalidOutput(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutputParsingException || t instanceof JsonProcessingException
                    || t instanceof InvalidOutputException) return true;
        }
        return false;
    }

    public static Degradation classify(Throwable error) {
        if (isInvalidOutput(error)) return Degradations.invalidOutput(rootMessage(error));
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException) return Degradations.quotaExhausted();
            if (t instanceof HttpException h && h.statusCode() == 429) return Degradations.quotaExhausted();
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.SocketTimeoutException) return Degradations.timeout();
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) return Degradations.unreachable("HTTP " + h.statusCode());
            if (t instanceof ConnectException) return Degradations.unreachable("connection refused");
            if (t instanceof IOException) return Degradations.unreachable(t.getClass().getSimpleName());
        }
        return Degradations.unreachable(error.getClass().getSimpleName());
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
