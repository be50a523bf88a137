package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

/**
 * A finding in a row of the diagnosis matrix.
 *
 * @param expected how often the condition presents it (probability under the model)
 */
public record Finding(String evidenceCode, Text term, double expected) {}
