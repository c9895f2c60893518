package cn.taizhang.organisation;

import cn.taizhang.platform.Scope;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three administrators' accounts, managed from the server's command line only (三权分立, see {@link AdministratorRoles}):
 * whoever runs the jar on the server is trusted with the database already, and nobody signed in can make or change an
 * administrator. An administrator account holds exactly one role, its administrator role, and sees no business data.
 */
@Service
public class Administrators {

    /** A refusal, for the operator to read. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public enum Outcome { CREATED, GRANTED, ALREADY_HELD }

    /** {@code temporaryPassword}: of a created account, to be shown once; it must be changed at the first sign-in. */
    public record Granted(Outcome outcome, StaffMember account, String temporaryPassword) {
    }

    public record Reset(StaffMember account, String temporaryPassword) {
    }

    private static final String USERNAME = "[A-Za-z0-9._-]{3,40}";

    private final StaffRepository staff;
    private final JurisdictionCheck jurisdictions;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    Administrators(StaffRepository staff, JurisdictionCheck jurisdictions, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.staff = staff;
        this.jurisdictions = jurisdictions;
        this.passwords = passwords;
        this.events = events;
    }

    /**
     * Grants {@code role} to the account, creating it (named after the role, in {@code areaCode}, with a temporary
     * password) if there is none; an existing account must hold no role but this one. {@code areaCode} may be null
     * for an existing account, which then keeps its jurisdiction.
     */
    @Transactional
    public Granted grant(String username, Role role, String areaCode) {
        requireAdministrator(role);
        if (areaCode != null && !jurisdictions.exists(areaCode)) {
            throw new Refused("辖区 " + areaCode + " 不存在");
        }
        var existing = staff.account(username);
        if (existing.isEmpty()) {
            return create(username, role, areaCode);
        }
        StaffAccount account = existing.get();
        if (account.roles().contains(role)) {
            return new Granted(Outcome.ALREADY_HELD, member(account.id()), null);
        }
        List<Role> admin = account.roles().stream().filter(Role::administrator).toList();
        if (!admin.isEmpty()) {
            throw new Refused("账号 " + account.username() + " 已是" + admin.get(0).label() + "；三权分立，一个账号只能担任一个管理员角色（先撤销：admin revoke "
                    + account.username() + " " + admin.get(0).name() + "，或另用一个账号）");
        }
        if (!account.roles().isEmpty()) {
            throw new Refused("账号 " + account.username() + " 有业务角色（" + String.join("、", account.roles().stream().sorted().map(Role::label).toList())
                    + "）；管理员账号不能兼任业务角色，也看不到业务数据，请另用一个账号");
        }
        staff.addRole(account.id(), role);
        staff.setEnabled(account.id(), true);
        if (areaCode != null) {
            staff.setJurisdiction(account.id(), areaCode);
        }
        events.publishEvent(new StaffAccountChanged(account.id(), false));
        return new Granted(Outcome.GRANTED, member(account.id()), null);
    }

    /** Takes the role away; the account, left without any role, is disabled (its tokens revoked, its sessions ended). */
    @Transactional
    public StaffMember revoke(String username, Role role) {
        requireAdministrator(role);
        StaffAccount account = staff.account(username).orElseThrow(() -> new Refused("账号 " + username + " 不存在"));
        if (!staff.removeRole(account.id(), role)) {
            throw new Refused("账号 " + account.username() + " 不是" + role.label());
        }
        staff.setEnabled(account.id(), false);
        events.publishEvent(new StaffAccountChanged(account.id(), true));
        return member(account.id());
    }

    /** A temporary password for an administrator's account, to be changed at the next sign-in. */
    @Transactional
    public Reset resetPassword(String username) {
        StaffAccount account = staff.account(username).orElseThrow(() -> new Refused("账号 " + username + " 不存在"));
        if (account.roles().stream().noneMatch(Role::administrator)) {
            throw new Refused("账号 " + account.username() + " 不是管理员账号；业务账号的密码由安全管理员在账号管理中重置");
        }
        String temporary = PasswordPolicy.temporaryPassword();
        staff.replacePassword(account.id(), passwords.encode(temporary), true);
        events.publishEvent(new StaffAccountChanged(account.id(), false));
        return new Reset(member(account.id()), temporary);
    }

    public List<StaffMember> list() {
        return staff.administrators();
    }

    private Granted create(String username, Role role, String areaCode) {
        if (!username.matches(USERNAME)) {
            throw new Refused("用户名须为 3-40 位字母、数字或 ._-");
        }
        if (areaCode == null) {
            throw new Refused("账号 " + username + " 不存在；新建管理员账号须指定辖区代码，例如：admin grant " + username + " " + role.name() + " 522601");
        }
        String temporary = PasswordPolicy.temporaryPassword();
        long id;
        try {
            id = staff.insert(new NewStaff(username, role.label(), null, Set.of(role), areaCode, null, temporary), null, null,
                    passwords.encode(temporary), true);
        } catch (DuplicateKeyException e) { // created by someone else since the look-up
            throw new Refused("用户名 " + username + " 已被使用");
        }
        return new Granted(Outcome.CREATED, member(id), temporary);
    }

    private StaffMember member(long id) {
        return staff.find(Scope.area(""), id).orElseThrow();
    }

    private static void requireAdministrator(Role role) {
        if (!role.administrator()) {
            throw new Refused(role.label() + "是业务角色，由安全管理员在账号管理中设置；命令行只授予系统管理员（SYSADMIN）、安全管理员（SECADMIN）、审计管理员（AUDITOR）");
        }
    }
}
