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

    List<StaffMember> find(Scope scope, StaffFilter filter, int offset, int limit) {
        return filtered(SELECT + SCOPED + FILTERED + " ORDER BY s.jurisdiction_code, s.id LIMIT :limit OFFSET :offset", scope, filter)
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
                               array(SELECT r.role FROM staff_role r WHERE r.staff_id = s.id) AS roles
                        FROM staff s WHERE s.username = :username
                        """)
                .param("username", username)
                .query((rs, n) -> new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                        rs.getString("password_hash"), Set.copyOf(roles(rs.getArray("roles"))), rs.getString("jurisdiction_code"),
                        (Long) rs.getObject("department_id"), rs.getBoolean("enabled")))
                .optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM staff WHERE username = :u").param("u", username).query(Long.class).single() > 0;
    }

    long insert(NewStaff staff, String phoneEncrypted, String phoneMasked, String passwordHash) {
        long id = jdbc.sql("""
                        INSERT INTO staff (username, name, phone_encrypted, phone_masked, jurisdiction_code, department_id, password_hash)
                        VALUES (:username, :name, :phoneEncrypted, :phoneMasked, :jurisdiction, :department, :hash) RETURNING id
                        """)
                .param("username", staff.username()).param("name", staff.name())
                .param("phoneEncrypted", phoneEncrypted).param("phoneMasked", phoneMasked)
                .param("jurisdiction", staff.jurisdictionCode()).param("department", staff.departmentId())
                .param("hash", passwordHash)
                .query(Long.class).single();
        for (Role role : staff.roles()) {
            jdbc.sql("INSERT INTO staff_role (staff_id, role) VALUES (:id, :role)").param("id", id).param("role", role.name()).update();
        }
        return id;
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
