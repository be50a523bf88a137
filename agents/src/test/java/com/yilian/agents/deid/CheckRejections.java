package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shows that a blind group's span and value checks can fail, on the wrong spans and values each group hands in. */
final class CheckRejections {
    /** A resident ID of Beijing (110101) with a valid check character: right in form, from outside every group's areas. */
    static final String BEIJING_ID = "11010119850312001" + Checksums.residentIdCheck("11010119850312001");

    /** A value the group's value check must reject, and why it is wrong. */
    record Rejected(EntityKind kind, String value, String why) {
    }

    private CheckRejections() {
    }

    static Rejected reject(EntityKind kind, String value, String why) {
        return new Rejected(kind, value, why);
    }

    /**
     * The first record of the template that starts with {@code opening} (two identifier slots, its first a name)
     * passes the alignment check, and fails it with the name's span one character short or labelled as an address;
     * {@code value} rejects each of {@code rejected}.
     */
    static void checkRejections(List<String> templates, String opening, long seed, Map<String, EntityKind> phi,
                                BiConsumer<EntityKind, String> value, List<Rejected> rejected) {
        checkRejections(templates, opening, 2, seed, phi, value, rejected);
    }

    /** As above, for an opening template with {@code identifierSlots} identifier slots, its first a name. */
    static void checkRejections(List<String> templates, String opening, int identifierSlots, long seed,
                                Map<String, EntityKind> phi, BiConsumer<EntityKind, String> value,
                                List<Rejected> rejected) {
        String template = templates.stream().filter(t -> t.startsWith(opening)).findFirst().orElseThrow();
        LabelledRecord r = new ClinicalTextGenerator(seed, List.of(template)).generate(1).get(0);
        int repeats = r.gold().size() / identifierSlots;
        TemplateChecks.checkAlignment(template, repeats, r, phi, value);
        Span name = r.gold().get(0);
        List<Span> shifted = new ArrayList<>(r.gold());
        shifted.set(0, new Span(name.start() + 1, name.end(), name.kind()));
        assertThatThrownBy(() -> TemplateChecks.checkAlignment(template, repeats,
                new LabelledRecord(r.text(), shifted), phi, value))
                .as("a span one character short").isInstanceOf(AssertionError.class);
        List<Span> wrongKind = new ArrayList<>(r.gold());
        wrongKind.set(0, new Span(name.start(), name.end(), EntityKind.ADDRESS));
        assertThatThrownBy(() -> TemplateChecks.checkAlignment(template, repeats,
                new LabelledRecord(r.text(), wrongKind), phi, value))
                .as("a name labelled as an address").isInstanceOf(AssertionError.class);
        for (Rejected x : rejected) {
            assertThatThrownBy(() -> value.accept(x.kind(), x.value()))
                    .as(x.why() + ": " + x.kind() + " " + x.value()).isInstanceOf(AssertionError.class);
        }
    }
}
