package com.yilian.scheduler;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.DataClass;
import com.yilian.tenants.DataPolicy;
import com.yilian.tenants.LocalizedName;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small consortia for rule tests: one local pool of 10 places, one remote pool. */
public final class Fixtures {
    public static final String LOCAL = "gpu";
    public static final String REMOTE = "cloud";
    private static long ids;

    private Fixtures() {
    }

    public static ModelPool local(int replicas, int places) {
        return new ModelPool(LOCAL, PoolKind.LOCAL, "http://gpu/v1", "m", replicas, places, 1000, 0, 0, 0, null);
    }

    public static ModelPool remote() {
        return new ModelPool(REMOTE, PoolKind.REMOTE, "https://cloud/v1", "m", 0, 0, 0, 600, 2, 8, "KEY");
    }

    public static Tenant tenant(String id, Tier tier, Quota quota, DataPolicy policy) {
        return new Tenant(id, tier, new LocalizedName(id, id), tier == Tier.TERTIARY ? null : "a", List.of(),
                List.of(), quota, policy, Set.of());
    }

    /** PHI only on the local pool; other data local first, remote allowed. */
    public static DataPolicy usual() {
        return new DataPolicy(Map.of(DataClass.PHI, List.of(LOCAL), DataClass.DEIDENTIFIED, List.of(LOCAL, REMOTE),
                DataClass.PUBLIC, List.of(LOCAL, REMOTE)));
    }

    /** Tenants a and b with equal shares 0.5, guaranteed 0.4 each; a may borrow up to the whole pool. */
    public static SchedulerSetup twoTenants() {
        Tenant a = tenant("a", Tier.TERTIARY, new Quota(0.5, 0.4, 0.6, 1_000_000, 600), usual());
        Tenant b = tenant("b", Tier.COMMUNITY, new Quota(0.5, 0.4, 0.3, 1_000_000, 600), usual());
        return setup(List.of(local(1, 10), remote()), List.of(a, b));
    }

    /** Tenants a and b with equal shares and no guarantee, on a pool of one place. */
    public static SchedulerSetup twoTenantsOnOnePlace() {
        Tenant a = tenant("a", Tier.TERTIARY, new Quota(0.5, 0, 1, 1_000_000, 600), usual());
        Tenant b = tenant("b", Tier.COMMUNITY, new Quota(0.5, 0, 1, 1_000_000, 600), usual());
        return setup(List.of(local(1, 1)), List.of(a, b));
    }

    public static SchedulerSetup setup(List<ModelPool> pools, List<Tenant> tenants) {
        return SchedulerSetup.of(new Consortium("c", new LocalizedName("c", "c"), pools, tenants));
    }

    public static InferenceRequest request(String tenant, Priority p, DataClass c, long atMs) {
        return new InferenceRequest(++ids, tenant, p, c, 100, 100, atMs);
    }

    public static InferenceRequest request(String tenant, Priority p, long atMs) {
        return request(tenant, p, DataClass.PHI, atMs);
    }
}
