package cn.taizhang.organisation;

import java.util.Set;

/** What sign-in needs to know of a staff member. */
public record StaffAccount(long id, String username, String name, String passwordHash, Set<Role> roles,
        String jurisdictionCode, Long departmentId, boolean enabled) {
}
