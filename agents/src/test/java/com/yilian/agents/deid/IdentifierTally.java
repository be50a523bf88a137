package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident identity numbers and bank cards of a blind group's records, each checked on the way and counted by
 * the written forms the later groups promise (lower-case x, 6-8-4 by blanks or hyphens, 15 digits; cards in fours by
 * blanks or hyphens, 19 digits) and by the area that issued it, so that a test asserts only its own numbers.
 */
final class IdentifierTally {
    int ids, lowerX, blanks, hyphens, legacy;
    int cards, cardsSpaced, cardsHyphens, cards19;
    /** Resident IDs by the first four digits of their area code (province and prefecture). */
    private final Map<String, Integer> regions = new HashMap<>();
    /** The identity values {@code otherId} took out: a group's other identity documents, left to its own checks. */
    final List<String> otherIds = new ArrayList<>();

    private IdentifierTally() {
    }

    /**
     * Tallies {@code records} records: each resident ID passes {@code checkIdentity}, a 15-digit one must carry one of
     * {@code legacyAreaCodes} (the codes of its time), each card passes {@link TemplateChecks#checkCardInFours}.
     */
    static IdentifierTally of(List<String> templates, long seed, int records, Consumer<String> checkIdentity,
                              List<String> legacyAreaCodes, Predicate<String> otherId) {
        IdentifierTally t = new IdentifierTally();
        for (LabelledRecord r : new ClinicalTextGenerator(seed, templates).generate(records)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    if (otherId.test(v)) {
                        t.otherIds.add(v);
                        continue;
                    }
                    checkIdentity.accept(v);
                    t.ids++;
                    if (v.endsWith("x")) t.lowerX++;
                    if (v.contains(" ")) t.blanks++;
                    if (v.contains("-")) t.hyphens++;
                    if (v.length() == 15) {
                        t.legacy++;
                        assertThat(legacyAreaCodes).as("15-digit number on a code of its time: " + v)
                                .contains(v.substring(0, 6));
                    }
                    t.regions.merge(v.substring(0, 4), 1, Integer::sum);
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkCardInFours(v);
                    t.cards++;
                    if (v.contains(" ")) t.cardsSpaced++;
                    if (v.contains("-")) t.cardsHyphens++;
                    if (v.replaceAll("[ -]", "").length() == 19) t.cards19++;
                }
            }
        }
        return t;
    }

    /** How many resident IDs were issued under any of these area-code prefixes (two digits a province, four a prefecture). */
    int issuedIn(String... prefixes) {
        int n = 0;
        for (Map.Entry<String, Integer> e : regions.entrySet()) {
            for (String p : prefixes) {
                if (e.getKey().startsWith(p)) {
                    n += e.getValue();
                    break;
                }
            }
        }
        return n;
    }

    /** More than {@code minIds} resident IDs and {@code minCards} cards, and every written form the later groups promise. */
    void checkEveryPromisedForm(int minIds, int minCards) {
        checkIdentityForms(minIds, 10, true);
        checkCardForms(minCards);
    }

    /**
     * More than {@code minIds} resident IDs, more than {@code minLegacy} of them of 15 digits, some with a lower-case
     * x, some 6-8-4 by blanks and, where the group writes them so ({@code hyphenated}), some 6-8-4 by hyphens.
     */
    void checkIdentityForms(int minIds, int minLegacy, boolean hyphenated) {
        assertThat(ids).isGreaterThan(minIds);
        assertThat(lowerX).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(blanks).as("identity numbers 6-8-4 by blanks").isGreaterThan(0);
        if (hyphenated) assertThat(hyphens).as("identity numbers 6-8-4 by hyphens").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(minLegacy);
    }

    /** More than {@code minCards} bank cards, some in fours by blanks, some by hyphens, some of nineteen digits. */
    void checkCardForms(int minCards) {
        assertThat(cards).isGreaterThan(minCards);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphens).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
    }

    /**
     * The ID checks reject what they should: a 15-digit number on {@code legacyArea} born 30 February 1963 is invalid,
     * one born 3 November valid; {@code first17} is valid with its check character only; a card fails Luhn.
     */
    static void checkTheChecksReject(String legacyArea, String first17) {
        assertThat(TemplateChecks.legacyIdValid(legacyArea + "630230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid(legacyArea + "631103123")).isTrue();
        char check = Checksums.residentIdCheck(first17);
        assertThat(Checksums.isResidentId18(first17 + check)).isTrue();
        assertThat(Checksums.isResidentId18(first17 + (check == '0' ? '1' : '0'))).as("wrong check character")
                .isFalse();
        assertThat(Checksums.luhn("6228480000000001")).isFalse();
    }
}
