package cn.taizhang.registry.project;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListOrder;
import cn.taizhang.registry.Choice;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Project rows, their progress notes and their sums. Every read takes the reader's jurisdiction as an area prefix: a
 * project of a 镇街 is seen by those whose jurisdiction is the 镇街 or contains it. Updates check the version read: a lost
 * race changes nothing.
 */
@Repository
class ProjectRepository {

    static final ListOrder ORDER = ListOrder.of("-year", "p.id", "name", "p.name", "kind", "k.position", "area", "p.area_code",
            "year", "p.year", "updatedAt", "p.updated_at");

    private static final String SELECT = "SELECT p.* FROM project p JOIN project_kind k ON k.code = p.kind_code\n";

    private static final String WHERE = "WHERE p.area_code LIKE :scope\n";

    private static final String FILTER = """
              AND (CAST(:q AS text) IS NULL OR strpos(p.name, :q) > 0)
              AND (CAST(:area AS text) IS NULL OR p.area_code LIKE :area || '%')
              AND (CAST(:kind AS text) IS NULL OR p.kind_code = :kind)
              AND (CAST(:year AS int) IS NULL OR p.year = :year)
              AND (CAST(:status AS text) IS NULL OR p.status = :status)
            """;

    /** One year's projects of a kind and status, added up. */
    record Sums(int year, String kindCode, ProjectStatus status, long count, long households, long beneficiaries, BigDecimal lengthM,
            BigDecimal areaM2, BigDecimal investment) {
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final NamedParameterJdbcTemplate batch;

    ProjectRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.batch = new NamedParameterJdbcTemplate(template);
        JdbcTemplate cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(1_000); // an export reads the rows a thousand at a time instead of all at once
        this.streaming = JdbcClient.create(cursor);
    }

    long insert(NewProject p) {
        return jdbc.sql("""
                INSERT INTO project (kind_code, name, area_code, year, status, households, beneficiaries, length_m, area_m2, investment, notes)
                VALUES (:kind, :name, :area, :year, :status, :households, :beneficiaries, :length, :areaM2, :investment, :notes)
                RETURNING id
                """).paramSource(params(p)).query(Long.class).single();
    }

    /** Inserts many projects in one batch (an import, the demo's ledger); answers their ids in order. */
    List<Long> insertAll(List<NewProject> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT nextval('project_id_seq') FROM generate_series(1, :n)").param("n", all.size()).query(Long.class).list();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(params(all.get(i)).addValue("id", ids.get(i)));
        }
        batch.batchUpdate("""
                INSERT INTO project (id, kind_code, name, area_code, year, status, households, beneficiaries, length_m, area_m2, investment, notes)
                VALUES (:id, :kind, :name, :area, :year, :status, :households, :beneficiaries, :length, :areaM2, :investment, :notes)
                """, rows.toArray(MapSqlParameterSource[]::new));
        return ids;
    }

    /** Overwrites the project if it still has {@code version}; answers false if someone changed it first. */
    boolean update(long id, int version, NewProject p) {
        return jdbc.sql("""
                UPDATE project SET kind_code = :kind, name = :name, area_code = :area, year = :year, status = :status,
                       households = :households, beneficiaries = :beneficiaries, length_m = :length, area_m2 = :areaM2,
                       investment = :investment, notes = :notes, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).paramSource(params(p).addValue("id", id).addValue("version", version)).update() == 1;
    }

    /** The project if it lies inside the scope. */
    Optional<ProjectRow> find(long id, Scope scope) {
        return jdbc.sql(SELECT + WHERE + " AND p.id = :id").param("scope", scope.likePattern()).param("id", id)
                .query(ProjectRepository::map).optional();
    }

    /** The projects of these keys (kind, name, year), whoever may see them: an import's rows that name a project already registered. */
    List<ProjectRow> findByKeys(List<NewProject> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.* FROM project p
                WHERE (p.kind_code, p.name, p.year) IN (
                    SELECT * FROM unnest(CAST(:kinds AS text[]), CAST(:names AS text[]), CAST(:years AS int[])))
                ORDER BY p.id
                """).param("kinds", keys.stream().map(NewProject::kindCode).toArray(String[]::new))
                .param("names", keys.stream().map(NewProject::name).toArray(String[]::new))
                .param("years", keys.stream().map(NewProject::year).toArray(Integer[]::new))
                .query(ProjectRepository::map).list();
    }

    /** The projects with these ids (an import's new rows, for their history). */
    List<ProjectRow> findByIds(List<Long> ids) {
        return jdbc.sql("SELECT p.* FROM project p WHERE p.id = ANY (CAST(:ids AS bigint[])) ORDER BY p.id").param("ids", ids.toArray(Long[]::new))
                .query(ProjectRepository::map).list();
    }

    List<ProjectRow> list(Scope scope, ProjectFilter filter, String orderBy, int offset, int limit) {
        return filtered(jdbc, SELECT + WHERE + FILTER + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", scope, filter)
                .param("limit", limit).param("offset", offset).query(ProjectRepository::map).list();
    }

    long count(Scope scope, ProjectFilter filter) {
        return filtered(jdbc, "SELECT count(*) FROM project p " + WHERE + FILTER, scope, filter).query(Long.class).single();
    }

    /** Every matching row in order, read a thousand at a time; call inside a transaction (a cursor needs one). */
    void each(Scope scope, ProjectFilter filter, String orderBy, Consumer<ProjectRow> consumer) {
        try (Stream<ProjectRow> rows = filtered(streaming, SELECT + WHERE + FILTER + " ORDER BY " + orderBy, scope, filter)
                .query(ProjectRepository::map).stream()) {
            rows.forEach(consumer);
        }
    }

    /** The matching projects added up per year, kind and status: years in order, kinds in the catalogue's, planned first. */
    List<Sums> sums(Scope scope, ProjectFilter filter) {
        return filtered(jdbc, """
                SELECT p.year, p.kind_code, p.status, count(*) AS count,
                       coalesce(sum(p.households), 0) AS households, coalesce(sum(p.beneficiaries), 0) AS beneficiaries,
                       coalesce(sum(p.length_m), 0) AS length_m, coalesce(sum(p.area_m2), 0) AS area_m2,
                       coalesce(sum(p.investment), 0) AS investment
                FROM project p JOIN project_kind k ON k.code = p.kind_code
                """ + WHERE + FILTER + """
                GROUP BY p.year, k.position, p.kind_code, p.status
                ORDER BY p.year, k.position, p.kind_code,
                         CASE p.status WHEN 'planned' THEN 1 WHEN 'under_construction' THEN 2 ELSE 3 END
                """, scope, filter)
                .query(ProjectRepository::sums).list();
    }

    /**
     * The projects inside the area (and, with {@code zonePrefixes}, inside a development zone: areas under one of its
     * members) registered before {@code before}, within the scope, added up per year, kind and status as {@link #sums} does.
     */
    List<Sums> sums(String area, String[] zonePrefixes, OffsetDateTime before, Scope scope) {
        return jdbc.sql("""
                SELECT p.year, p.kind_code, p.status, count(*) AS count,
                       coalesce(sum(p.households), 0) AS households, coalesce(sum(p.beneficiaries), 0) AS beneficiaries,
                       coalesce(sum(p.length_m), 0) AS length_m, coalesce(sum(p.area_m2), 0) AS area_m2,
                       coalesce(sum(p.investment), 0) AS investment
                FROM project p JOIN project_kind k ON k.code = p.kind_code
                WHERE p.area_code LIKE :scope AND p.area_code LIKE :area || '%' AND p.created_at < :before
                  AND (CAST(:zone AS text[]) IS NULL OR p.area_code LIKE ANY (CAST(:zone AS text[])))
                GROUP BY p.year, k.position, p.kind_code, p.status
                ORDER BY p.year, k.position, p.kind_code,
                         CASE p.status WHEN 'planned' THEN 1 WHEN 'under_construction' THEN 2 ELSE 3 END
                """).param("scope", scope.likePattern()).param("area", area).param("before", before).param("zone", zonePrefixes)
                .query(ProjectRepository::sums).list();
    }

    long addProgress(long projectId, LocalDate day, String text, Long authorId, String authorName) {
        return jdbc.sql("""
                INSERT INTO project_progress (project_id, day, text, author_id, author_name)
                VALUES (:project, :day, :text, :author, :authorName) RETURNING id
                """).param("project", projectId).param("day", day).param("text", text).param("author", authorId)
                .param("authorName", authorName).query(Long.class).single();
    }

    /** A project's progress notes, the latest day first. */
    List<ProgressNote> progress(long projectId) {
        return jdbc.sql("SELECT * FROM project_progress WHERE project_id = :project ORDER BY day DESC, id DESC").param("project", projectId)
                .query(ProjectRepository::progressNote).list();
    }

    Optional<ProgressNote> progressNote(long id) {
        return jdbc.sql("SELECT * FROM project_progress WHERE id = :id").param("id", id).query(ProjectRepository::progressNote).optional();
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient client, String sql, Scope scope, ProjectFilter f) {
        return client.sql(sql).param("scope", scope.likePattern()).param("q", f.q()).param("area", f.area()).param("kind", f.kind())
                .param("year", f.year()).param("status", f.status() == null ? null : f.status().id());
    }

    private static MapSqlParameterSource params(NewProject p) {
        return new MapSqlParameterSource()
                .addValue("kind", p.kindCode()).addValue("name", p.name()).addValue("area", p.areaCode()).addValue("year", p.year())
                .addValue("status", p.status().id()).addValue("households", p.households()).addValue("beneficiaries", p.beneficiaries())
                .addValue("length", p.lengthM()).addValue("areaM2", p.areaM2()).addValue("investment", p.investment())
                .addValue("notes", p.notes());
    }

    static ProjectRow map(ResultSet rs, int n) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getString("kind_code"), rs.getString("name"), rs.getString("area_code"),
                rs.getInt("year"), Choice.parse(ProjectStatus.class, rs.getString("status")).orElseThrow(),
                (Integer) rs.getObject("households"), (Integer) rs.getObject("beneficiaries"), rs.getBigDecimal("length_m"),
                rs.getBigDecimal("area_m2"), rs.getBigDecimal("investment"), rs.getString("notes"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static Sums sums(ResultSet rs, int n) throws SQLException {
        return new Sums(rs.getInt("year"), rs.getString("kind_code"), Choice.parse(ProjectStatus.class, rs.getString("status")).orElseThrow(),
                rs.getLong("count"), rs.getLong("households"), rs.getLong("beneficiaries"), rs.getBigDecimal("length_m"),
                rs.getBigDecimal("area_m2"), rs.getBigDecimal("investment"));
    }

    private static ProgressNote progressNote(ResultSet rs, int n) throws SQLException {
        return new ProgressNote(rs.getLong("id"), rs.getLong("project_id"), rs.getObject("day", LocalDate.class), rs.getString("text"),
                (Long) rs.getObject("author_id"), rs.getString("author_name"), rs.getObject("created_at", OffsetDateTime.class), List.of());
    }
}
