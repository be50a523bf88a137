package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

/**
 * The next decision step of the diagnosis matrix.
 *
 * @param kind {@code escalate} (red flag), {@code question}, {@code exam} or {@code review} (nothing left to add)
 * @param code the question's evidence code or the exam's id; null for escalate and review
 */
public record NextStep(String kind, String code, Text text, Text why) {}
