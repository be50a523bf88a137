package com.yilian.agents.engine;

/** Why the interview stops, or {@link #CONTINUE}. */
public enum StopReason {
    CONTINUE,
    /** The leading condition is probable enough. */
    CONFIDENT,
    /** A red flag: escalate now rather than keep asking. */
    RED_FLAG,
    /** No remaining question would change the differential. */
    NOTHING_TO_ASK
}
