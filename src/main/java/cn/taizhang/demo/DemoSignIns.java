package cn.taizhang.demo;

import cn.taizhang.organisation.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed demo sign-ins listed in the README; all share the password {@value KailiOrganisation#PASSWORD}. The three
 * administrators also have a second factor with a fixed TOTP secret, so that anyone can add them to an authenticator app.
 */
public final class DemoSignIns {

    /** The first grid of 市府社区 (大十字街道). */
    public static final String GRID_WORKER_GRID = "522601002002001";

    public static final String SYSADMIN_TOTP_SECRET = "3QUATI23ZCCYWGTAQYFYUP5ABXN7NXF7";
    public static final String SECADMIN_TOTP_SECRET = "Y347PUDBEPV6NCKODB33HYUHXGWNOLL2";
    public static final String AUDITOR_TOTP_SECRET = "S62I3CEND7XHGWJWDINZHXZNQGQLSJTP";

    /** {@code totpSecret}: base32, null for a password-only sign-in. */
    public record SignIn(String username, String description, Set<Role> roles, String jurisdiction, String departmentCode,
            String totpSecret) {

        SignIn(String username, String description, Set<Role> roles, String jurisdiction, String departmentCode) {
            this(username, description, roles, jurisdiction, departmentCode, null);
        }
    }

    public static final List<SignIn> ALL = List.of(
            new SignIn("demo-leader", "市领导，全市 522601", Set.of(Role.LEADER), "522601", null),
            new SignIn("demo-dispatcher", "大十字街道指挥所指挥员 522601002", Set.of(Role.DISPATCHER), "522601002", null),
            new SignIn("demo-gridworker", "市府社区第1网格网格员 " + GRID_WORKER_GRID, Set.of(Role.GRID_WORKER), GRID_WORKER_GRID, null),
            new SignIn("demo-handler", "市应急管理局处置人员，全市", Set.of(Role.HANDLER), "522601", "EMERGENCY"),
            new SignIn("demo-inspector", "市应急管理局检查人员，全市", Set.of(Role.INSPECTOR), "522601", "EMERGENCY"),
            new SignIn("demo-enforcer", "市综合行政执法局执法人员，全市", Set.of(Role.ENFORCER), "522601", "ENFORCEMENT"),
            new SignIn("demo-safety-enforcer", "市应急管理局执法人员，全市", Set.of(Role.ENFORCER), "522601", "EMERGENCY"),
            new SignIn("demo-sysadmin", "系统管理员", Set.of(Role.SYSADMIN), "522601", null, SYSADMIN_TOTP_SECRET),
            new SignIn("demo-secadmin", "安全管理员", Set.of(Role.SECADMIN), "522601", null, SECADMIN_TOTP_SECRET),
            new SignIn("demo-auditor", "审计管理员", Set.of(Role.AUDITOR), "522601", null, AUDITOR_TOTP_SECRET));

    /** The base32 TOTP secret of a demo sign-in, if it has one. */
    public static Optional<String> totpSecret(String username) {
        return ALL.stream().filter(s -> s.username().equals(username) && s.totpSecret() != null).map(SignIn::totpSecret).findFirst();
    }

    private DemoSignIns() {
    }
}
