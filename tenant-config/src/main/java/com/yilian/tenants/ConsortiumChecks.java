package com.yilian.tenants;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks that look across tenants: one tertiary hospital that the community hospitals belong to, quotas that
 * add up to the consortium's capacity, and the people the tertiary hospital needs to run the consortium.
 * A check whose inputs were themselves wrong stays silent, so one mistake is not reported twice.
 */
final class ConsortiumChecks {
    /** Shares are written with two or three decimals; this absorbs rounding, not real mistakes. */
    static final double SUM_TOLERANCE = 0.001;

    private final Problems problems;

    ConsortiumChecks(Problems problems) {
        this.problems = problems;
    }

    void check(List<Located<Tenant>> tenants) {
        if (tenants.isEmpty()) {
            return;
        }
        List<Located<Tenant>> tertiaries = tenants.stream().filter(t -> t.value().tier() == Tier.TERTIARY).toList();
        boolean everyTierKnown = tenants.stream().allMatch(t -> t.value().tier() != null);
        if (tertiaries.isEmpty() && everyTierKnown) {
            problems.at("tenants", "no tertiary hospital: exactly one tenant must have `tier: tertiary`,"
                    + " the hospital the community hospitals refer patients to");
        }
        Located<Tenant> first = tertiaries.isEmpty() ? null : tertiaries.get(0);
        tertiaries.stream().skip(1).forEach(extra -> problems.at(extra.path() + ".tier", "only one tenant may be"
                + " tertiary, and `" + first.value().id() + "` (" + first.path() + ") already is;"
                + " the other hospitals are community"));
        Located<Tenant> tertiary = tertiaries.size() == 1 ? tertiaries.get(0) : null;
        tenants.forEach(t -> checkParent(t, tenants, tertiary));
        checkQuotaSums(tenants);
        if (tertiary != null) {
            checkStaff(tertiary);
        }
    }

    private void checkParent(Located<Tenant> located, List<Located<Tenant>> tenants, Located<Tenant> tertiary) {
        Tenant tenant = located.value();
        String path = located.path() + ".parent";
        if (tenant.tier() == Tier.TERTIARY && tenant.parent() != null) {
            problems.at(path, "a tertiary hospital has no parent; remove it");
        } else if (tenant.tier() == Tier.COMMUNITY && tenant.parent() == null) {
            problems.at(path, "required for a community hospital: the id of its tertiary hospital"
                    + (tertiary != null && tertiary.value().id() != null ? ", `" + tertiary.value().id() + "`" : ""));
        } else if (tenant.tier() == Tier.COMMUNITY) {
            Tenant parent = tenants.stream().map(Located::value).filter(t -> tenant.parent().equals(t.id()))
                    .findFirst().orElse(null);
            if (parent == null) {
                List<String> ids = tenants.stream().map(t -> t.value().id()).filter(id -> id != null).toList();
                problems.at(path, Suggest.unknown("tenant", tenant.parent(), ids, "Tenants"));
            } else if (parent.tier() == Tier.COMMUNITY) {
                problems.at(path, "must name the tertiary hospital; `" + parent.id() + "` is a community hospital");
            }
        }
    }

    private void checkQuotaSums(List<Located<Tenant>> tenants) {
        if (tenants.stream().anyMatch(t -> t.value().quota() == null)) {
            return; // a quota that could not be read was reported already; its sum would mislead
        }
        double shares = tenants.stream().mapToDouble(t -> t.value().quota().share()).sum();
        if (Math.abs(shares - 1) > SUM_TOLERANCE) {
            problems.at("tenants", "quota shares add up to " + Scalars.format(shares) + " but must add up to 1:"
                    + " shares are fractions of the consortium's capacity (" + listOf(tenants, true) + ")");
        }
        double guaranteed = tenants.stream().mapToDouble(t -> t.value().quota().guaranteed()).sum();
        if (guaranteed > 1 + SUM_TOLERANCE) {
            problems.at("tenants", "guaranteed quotas add up to " + Scalars.format(guaranteed) + ", more than the"
                    + " consortium's whole capacity (1) can reserve (" + listOf(tenants, false) + ")");
        }
    }

    private static String listOf(List<Located<Tenant>> tenants, boolean shares) {
        return tenants.stream().map(t -> (t.value().id() == null ? t.path() : t.value().id()) + " "
                + Scalars.format(shares ? t.value().quota().share() : t.value().quota().guaranteed()))
                .collect(Collectors.joining(", "));
    }

    /**
     * Central IT and the consortium's clinical leads work at the tertiary hospital; a community hospital may have
     * neither of its own.
     */
    private void checkStaff(Located<Tenant> tertiary) {
        String path = tertiary.path() + ".people";
        if (problems.any(field -> mayHideRoles(field, path))) {
            return; // the people or roles that could not be read may be the very ones looked for here
        }
        if (tertiary.value().people().stream().noneMatch(p -> p.hasRole(Role.IT_ADMIN))) {
            problems.at(path, "the tertiary hospital needs at least one person with role it-admin:"
                    + " central IT manages the consortium's tenants, quotas and model pools");
        }
        if (tertiary.value().people().stream().noneMatch(p -> p.hasRole(Role.CLINICAL_LEAD))) {
            problems.at(path, "the tertiary hospital needs at least one person with role clinical-lead:"
                    + " clinical leads own the consortium-wide workflows and rules");
        }
    }

    /** A problem under {@code people} other than a person's name, e-mail or password may mean roles went unread. */
    private static boolean mayHideRoles(String field, String peoplePath) {
        return (field.equals(peoplePath) || field.startsWith(peoplePath + "["))
                && !field.matches(".*\\.(username|displayName|email|passwordHash)");
    }
}
