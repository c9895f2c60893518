package cn.taizhang.access;

import cn.taizhang.organisation.NewStaff;
import cn.taizhang.organisation.PasswordPolicy;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffEdit;
import cn.taizhang.organisation.StaffMember;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The account form of the 安全管理员's pages, bound from the posted fields; blank fields are absent. */
record AccountForm(String username, String name, String phone, Set<Role> roles, String jurisdictionCode, Long departmentId) {

    /** The roles the form offers: the business ones; the administrators' are granted on the command line only. */
    static final List<Role> GRANTABLE = Arrays.stream(Role.values()).filter(r -> !r.administrator()).toList();

    /** The fields' names on the form, for the problems found in them. */
    static final Map<String, String> LABELS = Map.of("username", "用户名", "name", "姓名", "phone", "手机号码", "roles", "角色",
            "jurisdictionCode", "辖区代码", "departmentId", "所属部门", "password", "临时密码");

    AccountForm {
        username = blank(username);
        name = blank(name);
        phone = blank(phone);
        roles = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        jurisdictionCode = blank(jurisdictionCode);
    }

    static AccountForm empty() {
        return new AccountForm(null, null, null, Set.of(), null, null);
    }

    static AccountForm of(StaffMember m) {
        return new AccountForm(m.username(), m.name(), null, Set.copyOf(m.roles()), m.jurisdictionCode(), m.departmentId());
    }

    /** A new account with a generated temporary password, to be changed at the first sign-in. */
    NewStaff toNewStaff() {
        return new NewStaff(username, name, phone, roles, jurisdictionCode, departmentId, temporaryPassword());
    }

    StaffEdit toEdit() {
        return new StaffEdit(name, phone, roles, jurisdictionCode, departmentId);
    }

    /** A temporary password the policy accepts: one that does not contain the username, forwards or backwards. */
    private String temporaryPassword() {
        String password;
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String backwards = new StringBuilder(name).reverse().toString();
        do {
            password = PasswordPolicy.temporaryPassword();
        } while (!name.isEmpty() && (password.toLowerCase(Locale.ROOT).contains(name) || password.toLowerCase(Locale.ROOT).contains(backwards)));
        return password;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
