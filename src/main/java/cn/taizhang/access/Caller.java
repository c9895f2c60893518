package cn.taizhang.access;

import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffAccount;
import cn.taizhang.platform.Scope;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member, as Spring Security holds them for a session or a bearer token. */
public final class Caller implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String name;
    private final Set<Role> roles;
    private final String jurisdictionCode;
    private final Long departmentId;
    private final boolean enabled;
    private final boolean passwordChangeDue;
    private final boolean secondFactorDue;
    private String passwordHash;

    Caller(StaffAccount account, boolean passwordChangeDue, boolean secondFactorDue) {
        this.id = account.id();
        this.username = account.username();
        this.name = account.name();
        this.roles = Set.copyOf(account.roles());
        this.jurisdictionCode = account.jurisdictionCode();
        this.departmentId = account.departmentId();
        this.enabled = account.enabled();
        this.passwordChangeDue = passwordChangeDue;
        this.secondFactorDue = secondFactorDue;
        this.passwordHash = account.passwordHash();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Holds one of the three administrator roles, which see no business data ({@link AdministratorDuties}). */
    public boolean administrator() {
        return roles.stream().anyMatch(Role::administrator);
    }

    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    public Long departmentId() {
        return departmentId;
    }

    /** Forced (new account, reset) or expired: nothing but changing the password is allowed ({@link PasswordChangeGate}). */
    public boolean passwordChangeDue() {
        return passwordChangeDue;
    }

    /** Must have a second factor and has none yet: nothing but enrolling is allowed ({@link SecondFactorGate}). */
    public boolean secondFactorDue() {
        return secondFactorDue;
    }

    /** What this caller may see: their jurisdiction, narrowed to their department if they have one. */
    public Scope scope() {
        return new Scope(jurisdictionCode, departmentId);
    }

    public String roleLabels() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
