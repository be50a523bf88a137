package com.yilian.agents.knowledge;

import java.util.Set;

/**
 * A condition the engine can put on the differential.
 *
 * @param id        the DDXPlus English name, which is the condition's key in the data
 * @param severity  1 (most severe) to 5, as in DDXPlus
 * @param evidences codes of every symptom and antecedent the condition can present
 */
public record Condition(String id, String icd10, Text name, int severity,
                        Set<String> symptoms, Set<String> antecedents, Set<String> evidences) {

    public boolean canPresent(String evidenceCode) {
        return evidences.contains(evidenceCode);
    }
}
