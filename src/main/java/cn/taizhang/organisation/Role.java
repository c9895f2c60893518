package cn.taizhang.organisation;

import java.util.Collection;
import java.util.List;

/** What a staff member does in the system. The three administrator roles are kept apart (三权分立, 等保三级). */
public enum Role {
    GRID_WORKER("网格员"),
    DISPATCHER("指挥员"),
    HANDLER("处置人员"),
    INSPECTOR("检查人员"),
    ENFORCER("执法人员"),
    LEADER("领导"),
    SYSADMIN("系统管理员"),
    SECADMIN("安全管理员"),
    AUDITOR("审计管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean administrator() {
        return this == SYSADMIN || this == SECADMIN || this == AUDITOR;
    }

    /** The administrator roles among {@code roles} if there are two or more of them, else an empty list. */
    public static List<Role> conflictingAdministratorRoles(Collection<Role> roles) {
        List<Role> admins = roles.stream().filter(Role::administrator).distinct().toList();
        return admins.size() > 1 ? admins : List.of();
    }
}
