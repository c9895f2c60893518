package cn.taizhang.demo;

import cn.taizhang.organisation.Role;
import java.util.List;
import java.util.Set;

/** The fixed demo sign-ins listed in the README; all share the password {@value KailiOrganisation#PASSWORD}. */
public final class DemoSignIns {

    /** The first grid of 市府社区 (大十字街道). */
    public static final String GRID_WORKER_GRID = "522601002002001";

    public record SignIn(String username, String description, Set<Role> roles, String jurisdiction, String departmentCode) {
    }

    public static final List<SignIn> ALL = List.of(
            new SignIn("demo-leader", "市领导，全市 522601", Set.of(Role.LEADER), "522601", null),
            new SignIn("demo-dispatcher", "大十字街道指挥所指挥员 522601002", Set.of(Role.DISPATCHER), "522601002", null),
            new SignIn("demo-gridworker", "市府社区第1网格网格员 " + GRID_WORKER_GRID, Set.of(Role.GRID_WORKER), GRID_WORKER_GRID, null),
            new SignIn("demo-handler", "市应急管理局处置人员，全市", Set.of(Role.HANDLER), "522601", "EMERGENCY"),
            new SignIn("demo-inspector", "市应急管理局检查人员，全市", Set.of(Role.INSPECTOR), "522601", "EMERGENCY"),
            new SignIn("demo-enforcer", "市综合行政执法局执法人员，全市", Set.of(Role.ENFORCER), "522601", "ENFORCEMENT"),
            new SignIn("demo-sysadmin", "系统管理员", Set.of(Role.SYSADMIN), "522601", null),
            new SignIn("demo-secadmin", "安全管理员", Set.of(Role.SECADMIN), "522601", null),
            new SignIn("demo-auditor", "审计管理员", Set.of(Role.AUDITOR), "522601", null));

    private DemoSignIns() {
    }
}
