package com.yilian.hub.deploy;

import com.yilian.hub.security.HubUser;
import com.yilian.tenants.Role;
import java.util.Optional;

/**
 * Who may put models into which tenant. The engine's tenant check does not stop a caller deploying for another
 * tenant, so the hub decides: a clinical lead deploys into their own hospital; models shared by the whole consortium
 * (no tenant) belong to the tertiary hospital's clinical leads; clinicians and systems without the lead role do not
 * deploy at all.
 */
public final class DeploymentTenantPolicy {

    /** Why a deployment is refused, in Chinese and English. */
    public record Refusal(String zh, String en) {
    }

    private DeploymentTenantPolicy() {
    }

    /** @param targetTenant the tenant the deployment is for; null or blank for a consortium-wide deployment */
    public static Optional<Refusal> check(HubUser caller, String targetTenant) {
        if (!caller.has(Role.CLINICAL_LEAD)) {
            return Optional.of(new Refusal(
                    "只有临床负责人可以部署流程和决策表；您的角色是 " + caller.roles(),
                    "Only clinical leads may deploy processes and decision tables; your roles are " + caller.roles()));
        }
        if (targetTenant == null || targetTenant.isBlank()) {
            if (caller.consortiumLead()) {
                return Optional.empty();
            }
            return Optional.of(new Refusal(
                    "不带 tenant-id 的部署对整个医联体生效，只有牵头医院的临床负责人可以部署；请在部署时填写本院 tenant-id：" + caller.tenantId(),
                    "A deployment without tenant-id is shared by the whole consortium and only the tertiary hospital's "
                            + "clinical leads may make it; deploy with your hospital's tenant-id: " + caller.tenantId()));
        }
        if (!targetTenant.equals(caller.tenantId())) {
            return Optional.of(new Refusal(
                    "您只能部署到本院（" + caller.tenantId() + "），不能部署到其他医院（" + targetTenant + "）",
                    "You may deploy only into your own hospital (" + caller.tenantId() + "), not into another hospital ("
                            + targetTenant + ")"));
        }
        return Optional.empty();
    }
}
