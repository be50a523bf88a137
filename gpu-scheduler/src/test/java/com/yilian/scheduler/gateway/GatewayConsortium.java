package com.yilian.scheduler.gateway;

import com.yilian.tenants.ApiKeyHash;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.LoadResult;
import com.yilian.tenants.TenantConfigLoader;

/**
 * Two hospitals sharing one small local pool (easy to saturate) and one remote pool, each pointing at
 * a fake backend. {@code first} may send de-identified text remote; {@code second} lists no pool for PHI and is
 * allowed 2 requests a minute.
 */
final class GatewayConsortium {
    static final String FIRST_KEY = "demo-key-first";
    static final String SECOND_KEY = "demo-key-second";

    private GatewayConsortium() {
    }

    /** @param places sequences the local pool runs at once */
    static Consortium of(String localEndpoint, String remoteEndpoint, int places) {
        return of(localEndpoint, remoteEndpoint, places, 1_000_000);
    }

    /** @param dailyTokenBudget the first hospital's budget */
    static Consortium of(String localEndpoint, String remoteEndpoint, int places, long dailyTokenBudget) {
        String yaml = """
                consortium:
                  id: gw-test
                  name: { zh: 测试医联体, en: Gateway Test Consortium }
                modelPools:
                  - id: local-a
                    kind: local
                    endpoint: %s
                    model: local-model
                    replicas: 1
                    maxConcurrentSequences: %d
                    tokensPerSecond: 100
                  - id: remote-b
                    kind: remote
                    endpoint: %s
                    model: remote-model
                    apiKeyEnv: GW_TEST_REMOTE_KEY
                    requestsPerMinute: 600
                    inputPricePerMillionTokens: 2.0
                    outputPricePerMillionTokens: 8.0
                tenants:
                  - id: first
                    tier: tertiary
                    name: { zh: 第一医院, en: First Hospital }
                    quota: { share: 0.6, guaranteed: 0.5, borrowLimit: 0.4, dailyTokenBudget: %d, requestsPerMinute: 100 }
                    dataPolicy:
                      phi: [local-a]
                      deidentified: [local-a, remote-b]
                      public: [local-a, remote-b]
                    workflows: [intake, exam-recommendation, diagnosis-matrix, follow-up, referral]
                    people:
                      - username: lead.liu
                        displayName: 刘志强
                        roles: [clinical-lead, clinician]
                        passwordHash: "{bcrypt}$2a$10$Pn8vSD3nRDF7uSc8pNWlY.3C3v2xS9Gf3IbcJWEHKrA9cE.NvFuBi"
                      - username: it.chen
                        displayName: 陈敏
                        roles: [it-admin]
                        passwordHash: "{bcrypt}$2a$10$YaPLTVZ5.D55Toy9rrgMHO7P.75sWZnvHP0yXsUvrxT0Llkei35r."
                    apiKeys:
                      - id: his-gateway
                        roles: [clinician]
                        keyHash: "%s"
                  - id: second
                    tier: community
                    parent: first
                    name: { zh: 第二社区, en: Second Community Center }
                    quota: { share: 0.4, guaranteed: 0.3, borrowLimit: 0.5, dailyTokenBudget: 1000000, requestsPerMinute: 2 }
                    dataPolicy:
                      deidentified: [local-a]
                      public: [local-a]
                    workflows: [intake, follow-up]
                    apiKeys:
                      - id: his-gateway
                        roles: [clinician]
                        keyHash: "%s"
                """.formatted(localEndpoint, places, remoteEndpoint, dailyTokenBudget, ApiKeyHash.of(FIRST_KEY), ApiKeyHash.of(SECOND_KEY));
        LoadResult loaded = TenantConfigLoader.load("gateway-test.yaml", yaml);
        if (!loaded.ok()) {
            throw new IllegalStateException("test consortium does not load: " + loaded.problems());
        }
        return loaded.consortium();
    }
}
