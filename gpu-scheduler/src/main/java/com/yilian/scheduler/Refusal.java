package com.yilian.scheduler;

/** A request the scheduler will never run; the gateway answers it with an error that gives the reason. */
public record Refusal(InferenceRequest request, String reason) {
}
