package com.yilian.scheduler.sim;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.ExampleConsortium;
import com.yilian.tenants.ModelPool;
import com.yilian.tenants.PoolKind;

/** The example consortium with a tenth of its GPUs, so a simulated day is small enough for a unit test. */
final class SmallConsortium {
    private SmallConsortium() {
    }

    static Consortium of() {
        Consortium example = ExampleConsortium.load().consortium();
        return new Consortium(example.id(), example.name(), example.modelPools().stream()
                .map(p -> p.kind() == PoolKind.LOCAL
                        ? new ModelPool(p.id(), p.kind(), p.endpoint(), p.model(), 1, 16, 400, 0, 0, 0, null)
                        : new ModelPool(p.id(), p.kind(), p.endpoint(), p.model(), 0, 0, 0, 60,
                                p.inputPricePerMillionTokens(), p.outputPricePerMillionTokens(), p.apiKeyEnv()))
                .toList(), example.tenants());
    }
}
