package cn.taizhang.inspection.patrol;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds with their staff, volunteers, places and findings. A round is seen by those whose jurisdiction holds its grid. */
@Repository
class PatrolRepository {

    record Row(long id, UUID clientId, String requestHash, LocalDate day, String kind, String gridCode, String route, String seen,
            long recordedBy) {
    }

    record FindingRow(long caseId, String description, Long placeId) {
    }

    record Named(long id, String name) {
    }

    /** Rows of the list: the round and its counts. */
    record SummaryRow(long id, LocalDate day, String kind, String gridCode, int people, String places, int findings, String seen) {
    }

    private final JdbcClient jdbc;

    PatrolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byClientId(UUID clientId) {
        return jdbc.sql("SELECT * FROM patrol WHERE client_id = :client").param("client", clientId).query(Row.class).optional();
    }

    /** The new round's id, or empty if a round with its client id is there already (a retry racing this one). */
    Optional<Long> insert(UUID clientId, String hash, LocalDate day, String kind, String grid, String route, String seen, long recordedBy) {
        return jdbc.sql("""
                INSERT INTO patrol (client_id, request_hash, day, kind, grid_code, route, seen, recorded_by)
                VALUES (:client, :hash, :day, :kind, :grid, :route, :seen, :by)
                ON CONFLICT (client_id) DO NOTHING RETURNING id
                """).param("client", clientId).param("hash", hash).param("day", day).param("kind", kind).param("grid", grid)
                .param("route", route).param("seen", seen).param("by", recordedBy).query(Long.class).optional();
    }

    void insertPeople(long id, List<Long> staffIds, List<Long> volunteerIds) {
        if (!staffIds.isEmpty()) {
            jdbc.sql("INSERT INTO patrol_staff (patrol_id, staff_id) SELECT :id, unnest(:ids)").param("id", id)
                    .param("ids", staffIds.toArray(Long[]::new)).update();
        }
        if (!volunteerIds.isEmpty()) {
            jdbc.sql("INSERT INTO patrol_volunteer_on (patrol_id, volunteer_id) SELECT :id, unnest(:ids)").param("id", id)
                    .param("ids", volunteerIds.toArray(Long[]::new)).update();
        }
    }

    void insertPlaces(long id, List<BulkPatrol.PlacePassed> places) {
        if (!places.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO patrol_place (patrol_id, place_id, position, name)
                    SELECT :id, p.place, p.n - 1, p.name FROM unnest(:places, :names) WITH ORDINALITY AS p (place, name, n)
                    """).param("id", id).param("places", places.stream().map(BulkPatrol.PlacePassed::id).toArray(Long[]::new))
                    .param("names", places.stream().map(BulkPatrol.PlacePassed::name).toArray(String[]::new)).update();
        }
    }

    void insertFinding(long id, int position, FindingRow f) {
        jdbc.sql("INSERT INTO patrol_finding (case_id, patrol_id, position, description, place_id) VALUES (:case, :id, :position, :description, :place)")
                .param("case", f.caseId()).param("id", id).param("position", position).param("description", f.description())
                .param("place", f.placeId()).update();
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql("SELECT * FROM patrol WHERE id = :id AND grid_code LIKE :scope").param("id", id).param("scope", scope.likePattern())
                .query(Row.class).optional();
    }

    List<Long> staff(long id) {
        return jdbc.sql("SELECT staff_id FROM patrol_staff WHERE patrol_id = :id ORDER BY staff_id").param("id", id).query(Long.class).list();
    }

    List<Named> volunteers(long id) {
        return jdbc.sql("""
                SELECT v.id, v.name FROM patrol_volunteer_on o JOIN patrol_volunteer v ON v.id = o.volunteer_id
                WHERE o.patrol_id = :id ORDER BY v.name, v.id
                """).param("id", id).query(Named.class).list();
    }

    List<Named> places(long id) {
        return jdbc.sql("SELECT place_id AS id, name FROM patrol_place WHERE patrol_id = :id ORDER BY position").param("id", id)
                .query(Named.class).list();
    }

    List<FindingRow> findings(long id) {
        return jdbc.sql("SELECT case_id, description, place_id FROM patrol_finding WHERE patrol_id = :id ORDER BY position").param("id", id)
                .query(FindingRow.class).list();
    }

    List<SummaryRow> list(Scope scope, PatrolFilter f, int offset, int limit) {
        return jdbc.sql("""
                SELECT p.id, p.day, p.kind, p.grid_code,
                       (SELECT count(*) FROM patrol_staff s WHERE s.patrol_id = p.id)
                         + (SELECT count(*) FROM patrol_volunteer_on o WHERE o.patrol_id = p.id) AS people,
                       (SELECT string_agg(pp.name, '、' ORDER BY pp.position) FROM patrol_place pp WHERE pp.patrol_id = p.id) AS places,
                       (SELECT count(*) FROM patrol_finding pf WHERE pf.patrol_id = p.id) AS findings, p.seen
                FROM patrol p WHERE""" + where() + " ORDER BY p.day DESC, p.id DESC OFFSET :offset LIMIT :limit")
                .params(params(scope, f)).param("offset", offset).param("limit", limit).query(SummaryRow.class).list();
    }

    long count(Scope scope, PatrolFilter f) {
        return jdbc.sql("SELECT count(*) FROM patrol p WHERE" + where()).params(params(scope, f)).query(Long.class).single();
    }

    private static String where() {
        return """
                 p.grid_code LIKE :scope AND (CAST(:area AS text) IS NULL OR p.grid_code LIKE :area || '%')
                  AND (CAST(:from AS date) IS NULL OR p.day >= :from) AND (CAST(:to AS date) IS NULL OR p.day <= :to)
                  AND (CAST(:kind AS text) IS NULL OR p.kind = :kind)
                  AND (CAST(:place AS bigint) IS NULL OR EXISTS (SELECT 1 FROM patrol_place x WHERE x.patrol_id = p.id AND x.place_id = :place))
                  AND (CAST(:volunteer AS bigint) IS NULL
                       OR EXISTS (SELECT 1 FROM patrol_volunteer_on y WHERE y.patrol_id = p.id AND y.volunteer_id = :volunteer))
                """;
    }

    private static Map<String, Object> params(Scope scope, PatrolFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", scope.likePattern());
        p.put("area", f.area());
        p.put("from", f.from());
        p.put("to", f.to());
        p.put("kind", f.kind());
        p.put("place", f.place());
        p.put("volunteer", f.volunteer());
        return p;
    }
}
