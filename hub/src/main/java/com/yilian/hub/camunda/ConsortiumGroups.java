package com.yilian.hub.camunda;

import com.yilian.hub.security.HubUser;
import com.yilian.tenants.Role;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The engine groups a consortium role maps to. Authorizations are granted to these groups; which hospital's data a
 * member sees is decided by tenant membership, not by the group.
 */
public final class ConsortiumGroups {

    public static final String CLINICIAN = "clinician";
    public static final String CLINICAL_LEAD = "clinical-lead";
    public static final String IT_ADMIN = "it-admin";
    /** Clinical leads of the tertiary hospital: they also manage the models shared by the whole consortium. */
    public static final String CONSORTIUM_LEAD = "consortium-lead";
    /** Central IT: the engine's administrators, who see every hospital. */
    public static final String CONSORTIUM_IT = Groups.CAMUNDA_ADMIN;

    public static final List<String> ALL = List.of(CLINICIAN, CLINICAL_LEAD, IT_ADMIN, CONSORTIUM_LEAD, CONSORTIUM_IT);

    private ConsortiumGroups() {
    }

    public static String forRole(Role role) {
        return switch (role) {
            case CLINICIAN -> CLINICIAN;
            case CLINICAL_LEAD -> CLINICAL_LEAD;
            case IT_ADMIN -> IT_ADMIN;
        };
    }

    public static List<String> of(HubUser user) {
        List<String> groups = new ArrayList<>();
        user.roles().forEach(role -> groups.add(forRole(role)));
        if (user.consortiumLead()) {
            groups.add(CONSORTIUM_LEAD);
        }
        if (user.consortiumIt()) {
            groups.add(CONSORTIUM_IT);
        }
        return groups;
    }

    public static String displayName(String group) {
        return switch (group) {
            case CLINICIAN -> "临床医生 Clinicians";
            case CLINICAL_LEAD -> "临床负责人 Clinical leads";
            case IT_ADMIN -> "信息科 IT admins";
            case CONSORTIUM_LEAD -> "医联体临床负责人 Consortium clinical leads";
            default -> "医联体信息中心 Consortium IT";
        };
    }
}
