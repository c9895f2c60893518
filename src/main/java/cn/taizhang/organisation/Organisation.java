package cn.taizhang.organisation;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.platform.web.FieldProblem;
import cn.taizhang.platform.web.ListResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation module's API: sectors, departments and offices, staff. */
@Service
public class Organisation {

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder passwords;
    private final JurisdictionCheck jurisdictions;

    Organisation(StaffRepository staff, DepartmentRepository departments, PersonalDataCipher cipher, PasswordEncoder passwords,
            JurisdictionCheck jurisdictions) {
        this.staff = staff;
        this.departments = departments;
        this.cipher = cipher;
        this.passwords = passwords;
        this.jurisdictions = jurisdictions;
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

    public ListResponse<StaffMember> staff(Scope scope, StaffFilter filter, int page, int size) {
        return new ListResponse<>(staff.find(scope, filter, page * size, size), staff.count(scope, filter));
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

    /** Creates one staff member inside the creator's scope, after checking every field. */
    @Transactional
    public StaffMember create(Scope creatorScope, NewStaff member) {
        List<FieldProblem> problems = problemsOf(creatorScope, member);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        if (staff.usernameTaken(member.username())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "USERNAME_TAKEN", "用户名 " + member.username() + " 已被使用");
        }
        long id = insert(member, passwords.encode(member.password()));
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
            insert(member, hashes.computeIfAbsent(member.password(), passwords::encode));
        }
    }

    private long insert(NewStaff member, String passwordHash) {
        return staff.insert(member, cipher.encrypt(member.phone()), PersonalDataMasks.phone(member.phone()), passwordHash);
    }

    private List<FieldProblem> problemsOf(Scope creatorScope, NewStaff member) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Role> conflicting = Role.conflictingAdministratorRoles(member.roles());
        if (!conflicting.isEmpty()) {
            problems.add(new FieldProblem("roles", "ADMIN_ROLES_SEPARATED", "系统管理员、安全管理员、审计管理员三权分立，一个账号不能同时担任"
                    + String.join("和", conflicting.stream().map(Role::label).toList())));
        }
        if (!creatorScope.covers(member.jurisdictionCode()) || !jurisdictions.exists(member.jurisdictionCode())) {
            problems.add(new FieldProblem("jurisdictionCode", "UNKNOWN_AREA", "辖区 " + member.jurisdictionCode() + " 不存在或不在您的管辖范围内"));
        }
        if (member.departmentId() != null && departments.find(member.departmentId()).isEmpty()) {
            problems.add(new FieldProblem("departmentId", "UNKNOWN_DEPARTMENT", "部门 " + member.departmentId() + " 不存在"));
        }
        return problems;
    }
}
