package com.yilian.agents.deid;

import java.util.List;

/** What the default de-identifier finds of one kind in a text, as the strings it covers: the forms tests' assertion. */
final class FoundSpans {
    private static final Deidentifier DEID = new Deidentifier();

    private FoundSpans() {
    }

    static List<String> found(String text, EntityKind kind) {
        return DEID.find(text).stream().filter(s -> s.kind() == kind).map(s -> s.in(text)).toList();
    }
}
