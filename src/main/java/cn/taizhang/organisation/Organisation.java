package cn.taizhang.organisation;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.platform.web.ListOrder;
import cn.taizhang.platform.web.ListResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation module's API: sectors, departments and offices, staff. */
@Service
public class Organisation {

    public static final String WRONG_PASSWORD = "WRONG_PASSWORD";

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder passwords;
    private final JurisdictionCheck jurisdictions;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;

    Organisation(StaffRepository staff, DepartmentRepository departments, PersonalDataCipher cipher, PasswordEncoder passwords,
            JurisdictionCheck jurisdictions, PasswordPolicy policy, ApplicationEventPublisher events) {
        this.staff = staff;
        this.departments = departments;
        this.cipher = cipher;
        this.passwords = passwords;
        this.jurisdictions = jurisdictions;
        this.policy = policy;
        this.events = events;
    }

    public List<Sector> sectors() {
        return departments.sectors();
    }

    public List<Department> departmentsWithinReach(Scope scope) {
        return departments.withinReach(scope);
    }

    public Optional<Department> department(long id) {
        return departments.find(id);
    }

    @Transactional
    public long createDepartment(String code, String name, String kind, String areaCode, List<String> sectorCodes) {
        return departments.insert(code, name, kind, areaCode, sectorCodes);
    }

    /** The orders the staff lists offer: by 辖区 (the default), 姓名 or 用户名. */
    public static final ListOrder STAFF_ORDER = ListOrder.of("jurisdiction", "s.id", "jurisdiction", "s.jurisdiction_code", "name", "s.name",
            "username", "s.username");

    public ListResponse<StaffMember> staff(Scope scope, StaffFilter filter, int page, int size) {
        return staff(scope, filter, null, page, size);
    }

    /** A page of the staff in scope sorted by {@code sort} ({@link #STAFF_ORDER}; a key it does not know is a 400 naming it). */
    public ListResponse<StaffMember> staff(Scope scope, StaffFilter filter, String sort, int page, int size) {
        return new ListResponse<>(staff.find(scope, filter, STAFF_ORDER.orderBy(sort), page * size, size), staff.count(scope, filter));
    }

    public Optional<StaffMember> staffMember(Scope scope, long id) {
        return staff.find(scope, id);
    }

    /** The unmasked phone. Callers must check the right to see it and audit the view. */
    public Optional<String> plainPhone(Scope scope, long id) {
        return staff.encryptedPhone(scope, id).map(cipher::decrypt);
    }

    public Optional<StaffAccount> account(String username) {
        return staff.account(username);
    }

    /** Creates one staff member with business roles inside the creator's scope, after checking every field. */
    @Transactional
    public StaffMember create(Scope creatorScope, NewStaff member) {
        AdministratorRoles.refuseGranting(member.roles());
        List<FieldProblem> problems = problemsOf(creatorScope, member);
        problems.addAll(passwordProblems("password", member.username(), member.password(), List.of()));
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        if (staff.usernameTaken(member.username())) {
            throw usernameTaken(member.username());
        }
        long id;
        try {
            id = insert(member, passwords.encode(member.password()), true);
        } catch (DuplicateKeyException e) { // created by someone else since the check
            throw usernameTaken(member.username());
        }
        AuditNote.created("staff", Long.toString(id));
        return staff.find(Scope.area(member.jurisdictionCode()), id).orElseThrow();
    }

    /**
     * Creates many staff at once (an initial load). Each distinct initial password is hashed once per
     * batch: a deliberately slow hash per account would make a 1,500-account load take minutes.
     */
    @Transactional
    public void createAll(List<NewStaff> members) {
        Map<String, String> hashes = new HashMap<>();
        for (NewStaff member : members) {
            List<FieldProblem> problems = problemsOf(Scope.area(member.jurisdictionCode()), member);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(member.username() + ": " + problems);
            }
            insert(member, hashes.computeIfAbsent(member.password(), passwords::encode), false);
        }
    }

    /**
     * The holder's own change: the current password must be right and the new one must meet the policy, not being one of
     * the last {@value PasswordPolicy#REMEMBERED}. Clears a forced change and restarts the password's age.
     */
    @Transactional
    public void changePassword(long staffId, String username, String currentPassword, String newPassword) {
        List<String> recent = staff.recentPasswordHashes(staffId, PasswordPolicy.REMEMBERED);
        if (recent.isEmpty() || !passwords.matches(currentPassword, recent.get(0))) {
            throw wrongCurrentPassword();
        }
        List<FieldProblem> problems = passwordProblems("newPassword", username, newPassword, recent);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        staff.replacePassword(staffId, passwords.encode(newPassword), false);
        AuditNote.changed("staff", Long.toString(staffId), null, null);
    }

    /**
     * Gives a business account in scope a random temporary password, returned once, that must be changed at the next
     * sign-in; an administrator's password is reset on the command line only ({@link Administrators}).
     */
    @Transactional
    public Optional<String> resetPassword(Scope scope, long staffId) {
        if (changeable(scope, staffId).isEmpty()) {
            return Optional.empty();
        }
        String temporary = PasswordPolicy.temporaryPassword();
        staff.replacePassword(staffId, passwords.encode(temporary), true);
        AuditNote.changed("staff", Long.toString(staffId), null, null);
        events.publishEvent(new StaffAccountChanged(staffId, false));
        return Optional.of(temporary);
    }

    /**
     * Changes a business account in scope: its name, phone (kept if none is given), roles, jurisdiction and department,
     * all checked as at creation; the audit row keeps the roles, jurisdiction and department before and after.
     */
    @Transactional
    public Optional<StaffMember> update(Scope scope, long staffId, StaffEdit edit) {
        Optional<StaffMember> before = changeable(scope, staffId);
        if (before.isEmpty()) {
            return before;
        }
        AdministratorRoles.refuseGranting(edit.roles());
        List<FieldProblem> problems = problemsOf(scope, edit.roles(), edit.jurisdictionCode(), edit.departmentId());
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        staff.update(staffId, edit, cipher.encrypt(edit.phone()), PersonalDataMasks.phone(edit.phone()));
        StaffMember after = staff.find(Scope.area(edit.jurisdictionCode()), staffId).orElseThrow();
        AuditNote.changed("staff", Long.toString(staffId), auditRef(before.get()), auditRef(after));
        events.publishEvent(new StaffAccountChanged(staffId, false));
        return Optional.of(after);
    }

    /** Disables (no sign-in, its tokens revoked, its sessions ended) or enables again a business account in scope. */
    @Transactional
    public Optional<StaffMember> setEnabled(Scope scope, long staffId, boolean enabled) {
        Optional<StaffMember> before = changeable(scope, staffId);
        if (before.isEmpty()) {
            return before;
        }
        staff.setEnabled(staffId, enabled);
        StaffMember after = staff.find(scope, staffId).orElseThrow();
        AuditNote.changed("staff", Long.toString(staffId), auditRef(before.get()), auditRef(after));
        events.publishEvent(new StaffAccountChanged(staffId, !enabled));
        return Optional.of(after);
    }

    /**
     * An account in scope that may be changed through the system: empty if it is not in scope, refused (403
     * {@code ADMIN_ACCOUNT_PROTECTED}) if it is an administrator's, which only the command line changes.
     */
    public Optional<StaffMember> changeable(Scope scope, long staffId) {
        Optional<StaffMember> member = staff.find(scope, staffId);
        member.ifPresent(AdministratorRoles::refuseChanging);
        return member;
    }

    /** What the audit trail keeps of an account's state: roles, jurisdiction, department, and whether it is disabled. */
    static String auditRef(StaffMember m) {
        return String.join(",", m.roles().stream().map(Role::name).toList()) + "@" + m.jurisdictionCode()
                + (m.departmentId() == null ? "" : " department=" + m.departmentId()) + (m.enabled() ? "" : " disabled");
    }

    /** The refusal of a password change whose current password is wrong. */
    public static Problem wrongCurrentPassword() {
        return Problem.invalid(List.of(new FieldProblem("currentPassword", WRONG_PASSWORD, "当前密码不正确")));
    }

    private List<FieldProblem> passwordProblems(String field, String username, String password, List<String> recentHashes) {
        return policy.check(username, password, recentHashes).stream()
                .map(v -> new FieldProblem(field, v.code(), v.detail())).toList();
    }

    private static Problem usernameTaken(String username) {
        return new Problem(Problem.Kind.CONFLICT, "USERNAME_TAKEN", "用户名 " + username + " 已被使用（用户名不区分大小写）");
    }

    private long insert(NewStaff member, String passwordHash, boolean mustChangePassword) {
        return staff.insert(member, cipher.encrypt(member.phone()), PersonalDataMasks.phone(member.phone()), passwordHash,
                mustChangePassword);
    }

    private List<FieldProblem> problemsOf(Scope creatorScope, NewStaff member) {
        return problemsOf(creatorScope, member.roles(), member.jurisdictionCode(), member.departmentId());
    }

    private List<FieldProblem> problemsOf(Scope creatorScope, Set<Role> roles, String jurisdictionCode, Long departmentId) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Role> conflicting = Role.conflictingAdministratorRoles(roles);
        if (!conflicting.isEmpty()) {
            problems.add(new FieldProblem("roles", "ADMIN_ROLES_SEPARATED", "系统管理员、安全管理员、审计管理员三权分立，一个账号不能同时担任"
                    + String.join("和", conflicting.stream().map(Role::label).toList())));
        }
        if (!creatorScope.covers(jurisdictionCode) || !jurisdictions.exists(jurisdictionCode)) {
            problems.add(new FieldProblem("jurisdictionCode", "UNKNOWN_AREA", "辖区 " + jurisdictionCode + " 不存在或不在您的管辖范围内"));
        }
        if (departmentId != null && departments.find(departmentId).isEmpty()) {
            problems.add(new FieldProblem("departmentId", "UNKNOWN_DEPARTMENT", "部门 " + departmentId + " 不存在"));
        }
        return problems;
    }
}
