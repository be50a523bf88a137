package com.yilian.hub.outbox;

/** The Kafka topics the hub writes and reads. Keys keep one encounter's (or one hospital's) events in order. */
public final class OutboxTopics {

    /** Every AI call, every clinical decision, every configuration change: who, what, when. Key: encounter or tenant. */
    public static final String AUDIT = "yilian.audit";
    /** Encounter started, step completed, escalated, referred. Key: encounter id. */
    public static final String WORKFLOW = "yilian.workflow-events";
    /** Tokens and GPU time per hospital, from the scheduler. Key: tenant id. */
    public static final String USAGE = "yilian.usage";

    private OutboxTopics() { }
}
