package cn.taizhang.access.twofactor;

import cn.taizhang.organisation.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles whose holders must have a second factor ({@code taizhang.access.two-factor.roles}): the three
 * administrators by default; {@code ALL} for every role, as an assessed deployment needs.
 */
public record SecondFactorPolicy(Set<Role> roles) {

    public static final String DEFAULT = "SYSADMIN,SECADMIN,AUDITOR";

    /** @throws IllegalArgumentException naming a role that does not exist, so that a misspelt setting stops the start */
    public static SecondFactorPolicy of(String... names) {
        Set<String> given = Arrays.stream(names).map(n -> n.trim().toUpperCase(Locale.ROOT)).filter(n -> !n.isEmpty())
                .collect(Collectors.toSet());
        if (given.contains("ALL")) {
            return new SecondFactorPolicy(EnumSet.allOf(Role.class));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : given) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("taizhang.access.two-factor.roles: no role " + name + " (roles: "
                        + Arrays.toString(Role.values()) + " or ALL)");
            }
        }
        return new SecondFactorPolicy(Set.copyOf(roles));
    }

    public boolean requires(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
