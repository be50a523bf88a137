package com.yilian.agents.deid;

import java.util.List;

/** The template groups by the names the development tools use for them. */
final class TemplateGroups {
    private TemplateGroups() {
    }

    @SuppressWarnings("unchecked")
    static List<String> named(String group) throws ReflectiveOperationException {
        Class<?> owner = group.equals("BLIND_3") ? Blind3Templates.class
                : group.equals("BLIND_4") ? Blind4Templates.class
                : group.equals("BLIND_5") ? Blind5Templates.class
                : group.equals("BLIND_6") ? Blind6Templates.class
                : group.equals("BLIND_7") ? Blind7Templates.class
                : group.equals("BLIND_8") ? Blind8Templates.class
                : group.equals("BLIND_9") ? Blind9Templates.class
                : group.equals("BLIND_10") ? Blind10Templates.class
                : group.equals("BLIND_11") ? Blind11Templates.class
                : group.equals("BLIND_12") ? Blind12Templates.class
                : group.equals("BLIND_13") ? Blind13Templates.class
                : group.equals("BLIND_14") ? Blind14Templates.class
                : group.equals("BLIND_15") ? Blind15Templates.class
                : group.equals("BLIND_16") ? Blind16Templates.class
                : group.equals("BLIND_17") ? Blind17Templates.class
                : group.equals("BLIND_18") ? Blind18Templates.class
                : group.equals("BLIND_19") ? Blind19Templates.class
                : group.equals("BLIND_20") ? Blind20Templates.class
                : group.equals("BLIND_21") ? Blind21Templates.class
                : group.equals("BLIND_22") ? Blind22Templates.class
                : group.equals("BLIND_23") ? Blind23Templates.class
                : group.equals("FORMER_BLIND_2") || group.equals("DEVELOPMENT_3") ? DevelopmentTemplates.class
                : ClinicalTextGenerator.class;
        return (List<String>) owner.getDeclaredField(group).get(null);
    }
}
