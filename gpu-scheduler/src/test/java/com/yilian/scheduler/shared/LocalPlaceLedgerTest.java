package com.yilian.scheduler.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPlaceLedgerTest {

    private static boolean take(LocalPlaceLedger ledger, String lease, String pool, String tenant, int poolLimit,
                                int tenantLimit) {
        return ledger.acquire(lease, pool, tenant, poolLimit, tenantLimit).toCompletableFuture().join();
    }

    @Test
    void aPoolNeverHoldsMoreThanItsLimitAndAFreedPlaceCanBeTakenAgain() {
        LocalPlaceLedger ledger = new LocalPlaceLedger();
        assertThat(take(ledger, "a", "local", "t1", 2, 2)).isTrue();
        assertThat(take(ledger, "b", "local", "t2", 2, 2)).isTrue();
        assertThat(take(ledger, "c", "local", "t3", 2, 2)).isFalse();
        assertThat(take(ledger, "d", "other", "t3", 2, 2)).as("another pool counts on its own").isTrue();

        ledger.release("a");
        ledger.release("a"); // a second release of the same lease frees nothing more
        assertThat(ledger.held("local")).isEqualTo(1);
        assertThat(take(ledger, "c", "local", "t3", 2, 2)).isTrue();
        assertThat(take(ledger, "e", "local", "t3", 2, 2)).isFalse();
    }

    @Test
    void aTenantKeepsToItsLimitOnAPoolAndALeaseAskedTwiceIsHeldOnce() {
        LocalPlaceLedger ledger = new LocalPlaceLedger();
        assertThat(take(ledger, "a", "local", "t1", 4, 1)).isTrue();
        assertThat(take(ledger, "a", "local", "t1", 4, 1)).as("the same lease again").isTrue();
        assertThat(ledger.held("local")).isEqualTo(1);
        assertThat(take(ledger, "b", "local", "t1", 4, 1)).isFalse();
        assertThat(take(ledger, "c", "local", "t2", 4, 1)).isTrue();
    }
}
