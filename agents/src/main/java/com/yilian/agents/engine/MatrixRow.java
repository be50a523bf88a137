package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

import java.util.List;

/**
 * One candidate of the diagnosis matrix.
 *
 * @param supporting findings reported that this condition explains well
 * @param opposing   findings this condition usually presents that the patient denied
 * @param missing    findings this condition usually presents that were not asked yet
 */
public record MatrixRow(String conditionId, String icd10, Text name, double probability, double plausibility,
                        int severity, boolean redFlag, List<Finding> supporting, List<Finding> opposing,
                        List<Finding> missing) {}
