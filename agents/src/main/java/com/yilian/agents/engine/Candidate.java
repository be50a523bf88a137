package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

/**
 * One condition of the differential.
 *
 * @param probability  probability that it is the patient's condition
 * @param plausibility probability that the condition belongs in a clinician's differential for this patient
 *                     (learned membership); a rarer condition may belong there though improbable
 */
public record Candidate(String conditionId, String icd10, Text name, double probability, double plausibility,
                        int severity, boolean redFlag) {}
