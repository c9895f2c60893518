package cn.taizhang.organisation;

import cn.taizhang.platform.Scope;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff rows. Every read takes the caller's {@link Scope}: the jurisdiction prefix and department go into the SQL. */
@Repository
class StaffRepository {

    private static final String SELECT = """
            SELECT s.id, s.username, s.name, s.phone_masked, s.jurisdiction_code, s.department_id, d.name AS department_name,
                   s.enabled, array(SELECT r.role FROM staff_role r WHERE r.staff_id = s.id ORDER BY r.role) AS roles
            FROM staff s LEFT JOIN department d ON d.id = s.department_id
            """;

    private static final String SCOPED = """
            WHERE s.jurisdiction_code LIKE :scopePrefix
              AND (CAST(:scopeDepartment AS bigint) IS NULL OR s.department_id = :scopeDepartment)
            """;

    private static final String FILTERED = """
              AND (CAST(:q AS text) IS NULL OR s.name LIKE '%' || :q || '%' OR s.username LIKE '%' || :q || '%')
              AND (CAST(:role AS text) IS NULL OR EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role = :role))
              AND (CAST(:area AS text) IS NULL OR s.jurisdiction_code LIKE :area || '%')
              AND (CAST(:department AS bigint) IS NULL OR s.department_id = :department)
            """;

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the staff in {@code order}, an ORDER BY of {@link Organisation#STAFF_ORDER}. */
    List<StaffMember> find(Scope scope, StaffFilter filter, String order, int offset, int limit) {
        return filtered(SELECT + SCOPED + FILTERED + " ORDER BY " + order + " LIMIT :limit OFFSET :offset", scope, filter)
                .param("limit", limit).param("offset", offset)
                .query(StaffRepository::member).list();
    }

    long count(Scope scope, StaffFilter filter) {
        return filtered("SELECT count(*) FROM staff s " + SCOPED + FILTERED, scope, filter).query(Long.class).single();
    }

    Optional<StaffMember> find(Scope scope, long id) {
        return scoped(SELECT + SCOPED + " AND s.id = :id", scope).param("id", id).query(StaffRepository::member).optional();
    }

    Optional<String> encryptedPhone(Scope scope, long id) {
        return scoped("SELECT s.phone_encrypted FROM staff s " + SCOPED + " AND s.id = :id AND s.phone_encrypted IS NOT NULL", scope)
                .param("id", id).query(String.class).optional();
    }

    /** Sign-in looks accounts up before any scope exists. */
    Optional<StaffAccount> account(String username) {
        return jdbc.sql("""
                        SELECT s.id, s.username, s.name, s.password_hash, s.jurisdiction_code, s.department_id, s.enabled,
                               s.must_change_password, s.password_changed_at,
                               array(SELECT r.role FROM staff_role r WHERE r.staff_id = s.id) AS roles
                        FROM staff s WHERE lower(s.username) = lower(:username)
                        """)
                .param("username", username)
                .query((rs, n) -> new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                        rs.getString("password_hash"), Set.copyOf(roles(rs.getArray("roles"))), rs.getString("jurisdiction_code"),
                        (Long) rs.getObject("department_id"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                        rs.getTimestamp("password_changed_at").toInstant()))
                .optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM staff WHERE lower(username) = lower(:u)").param("u", username).query(Long.class).single() > 0;
    }

    /** The current password hash first, then the replaced ones, newest first. */
    List<String> recentPasswordHashes(long staffId, int limit) {
        return jdbc.sql("""
                        SELECT password_hash FROM (
                            SELECT password_hash, 'infinity'::timestamptz AS at FROM staff WHERE id = :id
                            UNION ALL SELECT password_hash, replaced_at FROM password_history WHERE staff_id = :id
                        ) recent ORDER BY at DESC LIMIT :limit
                        """)
                .param("id", staffId).param("limit", limit).query(String.class).list();
    }

    /** Replaces the password, keeping the old hash in the history; {@code mustChange} is set after a reset. */
    void replacePassword(long staffId, String passwordHash, boolean mustChange) {
        jdbc.sql("INSERT INTO password_history (staff_id, password_hash) SELECT id, password_hash FROM staff WHERE id = :id")
                .param("id", staffId).update();
        jdbc.sql("UPDATE staff SET password_hash = :hash, must_change_password = :mustChange, password_changed_at = now() WHERE id = :id")
                .param("id", staffId).param("hash", passwordHash).param("mustChange", mustChange).update();
    }

    /** New accounts made one by one must change the password their administrator chose; the demo's bulk load need not. */
    long insert(NewStaff staff, String phoneEncrypted, String phoneMasked, String passwordHash, boolean mustChangePassword) {
        long id = jdbc.sql("""
                        INSERT INTO staff (username, name, phone_encrypted, phone_masked, jurisdiction_code, department_id, password_hash,
                                           must_change_password)
                        VALUES (:username, :name, :phoneEncrypted, :phoneMasked, :jurisdiction, :department, :hash, :mustChange) RETURNING id
                        """)
                .param("username", staff.username()).param("name", staff.name())
                .param("phoneEncrypted", phoneEncrypted).param("phoneMasked", phoneMasked)
                .param("jurisdiction", staff.jurisdictionCode()).param("department", staff.departmentId())
                .param("hash", passwordHash).param("mustChange", mustChangePassword)
                .query(Long.class).single();
        for (Role role : staff.roles()) {
            addRole(id, role);
        }
        return id;
    }

    /** Name, jurisdiction, department and roles as given; the phone only if a new one is given. */
    void update(long id, StaffEdit edit, String phoneEncrypted, String phoneMasked) {
        jdbc.sql("""
                        UPDATE staff SET name = :name, jurisdiction_code = :jurisdiction, department_id = :department,
                               phone_encrypted = coalesce(:phoneEncrypted, phone_encrypted), phone_masked = coalesce(:phoneMasked, phone_masked)
                        WHERE id = :id""")
                .param("id", id).param("name", edit.name()).param("jurisdiction", edit.jurisdictionCode())
                .param("department", edit.departmentId()).param("phoneEncrypted", phoneEncrypted).param("phoneMasked", phoneMasked)
                .update();
        jdbc.sql("DELETE FROM staff_role WHERE staff_id = :id").param("id", id).update();
        for (Role role : edit.roles()) {
            addRole(id, role);
        }
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE staff SET enabled = :enabled WHERE id = :id").param("id", id).param("enabled", enabled).update();
    }

    void setJurisdiction(long id, String jurisdictionCode) {
        jdbc.sql("UPDATE staff SET jurisdiction_code = :jurisdiction WHERE id = :id").param("id", id)
                .param("jurisdiction", jurisdictionCode).update();
    }

    void addRole(long id, Role role) {
        jdbc.sql("INSERT INTO staff_role (staff_id, role) VALUES (:id, :role)").param("id", id).param("role", role.name()).update();
    }

    boolean removeRole(long id, Role role) {
        return jdbc.sql("DELETE FROM staff_role WHERE staff_id = :id AND role = :role").param("id", id).param("role", role.name()).update() > 0;
    }

    /** Every account holding an administrator role, whatever its jurisdiction: for the command line. */
    List<StaffMember> administrators() {
        return jdbc.sql(SELECT + """
                        WHERE EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role IN ('SYSADMIN', 'SECADMIN', 'AUDITOR'))
                        ORDER BY s.username""")
                .query(StaffRepository::member).list();
    }

    private JdbcClient.StatementSpec scoped(String sql, Scope scope) {
        return jdbc.sql(sql).param("scopePrefix", scope.likePattern()).param("scopeDepartment", scope.departmentId());
    }

    private JdbcClient.StatementSpec filtered(String sql, Scope scope, StaffFilter f) {
        return scoped(sql, scope).param("q", blankToNull(f.q())).param("role", f.role() == null ? null : f.role().name())
                .param("area", blankToNull(f.area())).param("department", f.departmentId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static StaffMember member(ResultSet rs, int n) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("name"), rs.getString("phone_masked"),
                roles(rs.getArray("roles")), rs.getString("jurisdiction_code"), (Long) rs.getObject("department_id"),
                rs.getString("department_name"), rs.getBoolean("enabled"));
    }

    private static List<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).sorted().collect(Collectors.toList());
    }
}
