package com.yilian.agents.deid;

import java.util.List;

/** The template groups by the names the development tools use for them. */
final class TemplateGroups {
    private TemplateGroups() {
    }

    /** BLIND_n lives in BlindnTemplates; the earlier groups in DevelopmentTemplates or the generator itself. */
    @SuppressWarnings("unchecked")
    static List<String> named(String group) throws ReflectiveOperationException {
        return (List<String>) owner(group).getDeclaredField(group).get(null);
    }

    /** The seed a set was measured blind on, or 7 for a group that has none. */
    static long seedOf(String group) throws ReflectiveOperationException {
        try {
            return owner(group).getDeclaredField("SEED").getLong(null);
        } catch (NoSuchFieldException none) {
            return 7;
        }
    }

    private static Class<?> owner(String group) throws ClassNotFoundException {
        if (group.matches("BLIND_\\d+")) {
            return Class.forName(TemplateGroups.class.getPackageName() + ".Blind" + group.substring(6) + "Templates");
        }
        return group.equals("FORMER_BLIND_2") || group.equals("DEVELOPMENT_3") ? DevelopmentTemplates.class
                : ClinicalTextGenerator.class;
    }
}
