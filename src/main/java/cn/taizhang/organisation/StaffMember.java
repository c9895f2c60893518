package cn.taizhang.organisation;

import java.util.List;

/** A staff member as lists show them: the phone masked. */
public record StaffMember(long id, String username, String name, String phone, List<Role> roles,
        String jurisdictionCode, Long departmentId, String departmentName, boolean enabled) {

    /** Holds an administrator role: managed on the command line only ({@link Administrators}). */
    public boolean administrator() {
        return roles.stream().anyMatch(Role::administrator);
    }
}
