package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

/**
 * A reason to escalate now.
 *
 * @param kind {@code finding} (something the patient reported) or {@code condition} (an emergency is plausible)
 * @param id   the finding rule's id or the condition's id
 */
public record RedFlagAlert(String kind, String id, Text text, double probability) {}
