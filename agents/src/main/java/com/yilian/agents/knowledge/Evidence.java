package com.yilian.agents.knowledge;

import java.util.List;
import java.util.Map;

/**
 * One question of the question bank.
 *
 * @param code          DDXPlus code, e.g. {@code E_53}
 * @param parent        the question that must be answered yes before this one is asked, or null
 * @param question      the question as put to the patient
 * @param term          the finding in standard clinical terms, for the clinician's view
 * @param values        possible answers of a categorical or multi-choice question (empty for yes/no)
 * @param defaultValue  the answer meaning "nothing to report" (null for yes/no)
 * @param valueText     what each value means
 */
public record Evidence(String code, String parent, EvidenceType type, boolean antecedent,
                       Text question, Text term, List<String> values, String defaultValue,
                       Map<String, Text> valueText) {

    public boolean isFollowUp() {
        return parent != null;
    }

    /** Text of one answer value; numeric scales have no text and show the number. */
    public Text valueText(String value) {
        Text t = valueText.get(value);
        return t != null ? t : new Text(value, value);
    }
}
