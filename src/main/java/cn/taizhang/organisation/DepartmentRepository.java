package cn.taizhang.organisation;

import cn.taizhang.platform.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private static final String SELECT = """
            SELECT d.id, d.code, d.name, d.kind, d.area_code,
                   array(SELECT ds.sector_code FROM department_sector ds WHERE ds.department_id = d.id ORDER BY ds.sector_code) AS sectors
            FROM department d
            """;

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Sector> sectors() {
        return jdbc.sql("SELECT code, name, source FROM sector ORDER BY position").query(Sector.class).list();
    }

    /** Units within reach of a jurisdiction: those serving an area inside it, or an area containing it (city departments). */
    List<Department> withinReach(Scope scope) {
        return jdbc.sql(SELECT + """
                        WHERE (d.area_code LIKE :prefix OR :code LIKE d.area_code || '%')
                          AND (CAST(:department AS bigint) IS NULL OR d.id = :department)
                        ORDER BY d.kind, d.area_code, d.id
                        """)
                .param("prefix", scope.likePattern()).param("code", scope.areaPrefix()).param("department", scope.departmentId())
                .query(DepartmentRepository::department).list();
    }

    Optional<Department> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(DepartmentRepository::department).optional();
    }

    long insert(String code, String name, String kind, String areaCode, List<String> sectorCodes) {
        long id = jdbc.sql("INSERT INTO department (code, name, kind, area_code) VALUES (:code, :name, :kind, :area) RETURNING id")
                .param("code", code).param("name", name).param("kind", kind).param("area", areaCode)
                .query(Long.class).single();
        for (String sector : sectorCodes) {
            jdbc.sql("INSERT INTO department_sector (department_id, sector_code) VALUES (:id, :sector)")
                    .param("id", id).param("sector", sector).update();
        }
        return id;
    }

    private static Department department(ResultSet rs, int n) throws SQLException {
        return new Department(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                rs.getString("area_code"), Arrays.asList((String[]) rs.getArray("sectors").getArray()));
    }
}
