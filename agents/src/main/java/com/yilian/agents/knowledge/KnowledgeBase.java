package com.yilian.agents.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned clinical knowledge base: conditions, the question bank, the exam catalogue and the red flags.
 * Immutable once loaded; every engine result carries {@link #version()}.
 */
public final class KnowledgeBase {

    private final String version;
    private final String attribution;
    private final Map<String, Condition> conditions;
    private final Map<String, Evidence> evidences;
    private final Map<String, List<Evidence>> followUps;
    private final List<Exam> exams;
    private final RedFlags redFlags;

    KnowledgeBase(String version, String attribution, List<Condition> conditions, List<Evidence> evidences,
                  List<Exam> exams, RedFlags redFlags) {
        this.version = version;
        this.attribution = attribution;
        Map<String, Condition> c = new LinkedHashMap<>();
        conditions.forEach(x -> c.put(x.id(), x));
        Map<String, Evidence> e = new LinkedHashMap<>();
        evidences.forEach(x -> e.put(x.code(), x));
        Map<String, List<Evidence>> f = new LinkedHashMap<>();
        evidences.stream().filter(Evidence::isFollowUp)
                .forEach(x -> f.computeIfAbsent(x.parent(), k -> new ArrayList<>()).add(x));
        this.conditions = Collections.unmodifiableMap(c);
        this.evidences = Collections.unmodifiableMap(e);
        this.followUps = Collections.unmodifiableMap(f);
        this.exams = List.copyOf(exams);
        this.redFlags = redFlags;
    }

    /** Loads the knowledge base shipped in this jar. */
    public static KnowledgeBase load() {
        return KnowledgeBaseReader.readBundled();
    }

    public String version() { return version; }

    /** Where the data comes from, and under which licence. */
    public String attribution() { return attribution; }

    /** Conditions in a fixed order; engine arrays are indexed by this order. */
    public List<Condition> conditions() { return List.copyOf(conditions.values()); }

    public List<Evidence> evidences() { return List.copyOf(evidences.values()); }

    public Condition condition(String id) {
        Condition c = conditions.get(id);
        if (c == null) throw new IllegalArgumentException("unknown condition: " + id);
        return c;
    }

    public boolean hasCondition(String id) { return conditions.containsKey(id); }

    public Evidence evidence(String code) {
        Evidence e = evidences.get(code);
        if (e == null) throw new IllegalArgumentException("unknown evidence code: " + code);
        return e;
    }

    public boolean hasEvidence(String code) { return evidences.containsKey(code); }

    /** Questions asked only after {@code code} was answered yes. */
    public List<Evidence> followUps(String code) { return followUps.getOrDefault(code, List.of()); }

    public List<Exam> exams() { return exams; }

    public RedFlags redFlags() { return redFlags; }
}
