package com.yilian.agents.eval;

import com.yilian.agents.engine.PatientState;

import java.util.Map;

/**
 * One simulated patient of a DDXPlus-format file.
 *
 * @param line         line number in the file (1 is the header)
 * @param differential the ground-truth differential: condition to probability
 * @param complete     every answer the patient would give (absent evidences are no / default)
 */
public record DdxPatient(int line, int age, String sexCode, String diagnosis, Map<String, Double> differential,
                         String initialEvidence, PatientState complete) {}
