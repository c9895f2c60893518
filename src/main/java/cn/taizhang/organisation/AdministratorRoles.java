package cn.taizhang.organisation;

import cn.taizhang.platform.Problem;
import java.util.Collection;

/**
 * 三权分立 (GB/T 22239-2019 8.1.4.2, 8.1.5): the 系统管理员, 安全管理员 and 审计管理员 roles are granted on the server's
 * command line only ({@link Administrators}). Through the API and the pages nobody — the 安全管理员 included — grants one
 * or changes an account that holds one, so that no administrator can make, widen or take over another's account.
 */
final class AdministratorRoles {

    static final String NOT_GRANTABLE = "ADMIN_ROLE_NOT_GRANTABLE";
    static final String ACCOUNT_PROTECTED = "ADMIN_ACCOUNT_PROTECTED";

    private AdministratorRoles() {
    }

    static void refuseGranting(Collection<Role> roles) {
        if (roles != null && roles.stream().anyMatch(r -> r != null && r.administrator())) {
            throw new Problem(Problem.Kind.FORBIDDEN, NOT_GRANTABLE,
                    "系统管理员、安全管理员、审计管理员角色只能由服务器操作人员在命令行授予（admin grant），不能在系统中授予");
        }
    }

    static void refuseChanging(StaffMember member) {
        if (member.roles().stream().anyMatch(Role::administrator)) {
            throw new Problem(Problem.Kind.FORBIDDEN, ACCOUNT_PROTECTED,
                    "账号 " + member.username() + " 是管理员账号，只能由服务器操作人员在命令行管理（admin），不能在系统中修改、停用或重置密码");
        }
    }
}
