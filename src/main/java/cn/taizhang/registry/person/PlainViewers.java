package cn.taizhang.registry.person;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may see persons' personal data plainly, within their own area: the plain ID number and phone (each view audited
 * with its reason) and key persons' names. {@code taizhang.persons.plain-roles}, by default 领导 and 指挥员.
 */
@Component
class PlainViewers {

    private final Set<Role> roles;

    PlainViewers(@Value("${taizhang.persons.plain-roles:LEADER,DISPATCHER}") Set<Role> roles) {
        this.roles = Set.copyOf(roles);
    }

    boolean may(Caller caller) {
        return caller != null && caller.roles().stream().anyMatch(roles::contains);
    }

    /** The roles' Chinese names, for a refusal: "领导、指挥员". */
    String labels() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
