package cn.taizhang.registry.person;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListOrder;
import cn.taizhang.registry.Choice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
 * Person rows with their category. Every read takes the reader's area; a lookup by ID number compares its keyed hash,
 * never the number. A reader who may not see key persons' names can neither search nor sort by them: {@code plainNames}
 * false leaves key persons out of a name search and sorts them by their first character only. Updates check the
 * version read: a lost race changes nothing.
 */
@Repository
class PersonRepository {

    /** The orders for a reader who sees every name. */
    static final ListOrder ORDER = ListOrder.of("name", "p.id", "name", "p.name", "area", "p.area_code", "updatedAt", "p.updated_at");
    /** The same orders for a reader who sees key persons' names masked. */
    static final ListOrder MASKED_ORDER = ListOrder.of("name", "p.id", "name", "CASE WHEN c.key_person THEN left(p.name, 1) ELSE p.name END",
            "area", "p.area_code", "updatedAt", "p.updated_at");

    private static final String SELECT = """
            SELECT p.*, c.name AS category_name, c.key_person
            FROM person p JOIN person_category c ON c.code = p.category_code
            """;

    private static final String WHERE = " WHERE p.area_code LIKE :scope\n";

    private static final String FILTER = """
              AND (CAST(:q AS text) IS NULL OR (strpos(p.name, :q) > 0 AND (CAST(:plainNames AS boolean) OR NOT c.key_person)))
              AND (CAST(:area AS text) IS NULL OR p.area_code LIKE :area || '%')
              AND (CAST(:category AS text) IS NULL OR p.category_code = :category)
              AND (CAST(:keyPerson AS boolean) IS NULL OR c.key_person = :keyPerson)
              AND (CAST(:followUp AS text) IS NULL OR p.follow_up = :followUp)
            """;
    /** Written only when asked, so that every plan of a lookup by ID number uses the hash's unique index. */
    private static final String BY_HASH = "  AND p.id_number_hash = :idNumberHash\n";

    private static final String INSERT = """
            INSERT INTO person (name, id_number_encrypted, id_number_masked, id_number_hash, phone_encrypted, phone_masked, address,
                                area_code, category_code, follow_up, follow_up_case_id, notes)
            VALUES (:name, :idEncrypted, :idMasked, :idHash, :phoneEncrypted, :phoneMasked, :address, :area, :category, :followUp,
                    :caseId, :notes)
            """;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final NamedParameterJdbcTemplate batch;

    PersonRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.batch = new NamedParameterJdbcTemplate(template);
        JdbcTemplate cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(1_000); // an export reads the rows a thousand at a time instead of all at once
        this.streaming = JdbcClient.create(cursor);
    }

    long insert(StoredPerson p) {
        return jdbc.sql(INSERT + " RETURNING id").paramSource(params(p)).query(Long.class).single();
    }

    /** Inserts many persons in batches of a thousand; answers their ids in order. */
    List<Long> insertAll(List<StoredPerson> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT nextval('person_id_seq') FROM generate_series(1, :n)").param("n", all.size()).query(Long.class).list();
        for (int from = 0; from < all.size(); from += 1_000) {
            int to = Math.min(all.size(), from + 1_000);
            MapSqlParameterSource[] rows = new MapSqlParameterSource[to - from];
            for (int i = from; i < to; i++) {
                rows[i - from] = params(all.get(i)).addValue("id", ids.get(i));
            }
            batch.batchUpdate(INSERT.replace("INSERT INTO person (", "INSERT INTO person (id, ").replace("VALUES (", "VALUES (:id, "), rows);
        }
        return ids;
    }

    /** The persons with these ids, in any order, whoever may see them (the rows an import has just written). */
    List<PersonRow> findByIds(List<Long> ids) {
        return jdbc.sql(SELECT + " WHERE p.id = ANY (CAST(:ids AS bigint[]))").param("ids", ids.toArray(Long[]::new))
                .query(PersonRepository::map).list();
    }

    /**
     * What the registry holds inside {@code area} (and, given {@code zonePrefixes}, inside one of those areas), of the
     * persons registered before {@code before}, in the state they are in now: per category, and key persons per follow-up state.
     */
    List<PersonCounts.CategoryCount> countByCategory(String area, String[] zonePrefixes, OffsetDateTime before, Scope scope) {
        return jdbc.sql("""
                SELECT c.code, c.name, c.key_person, count(p.id) AS registered,
                       count(p.id) FILTER (WHERE p.follow_up = 'in_care') AS in_care,
                       count(p.id) FILTER (WHERE p.follow_up = 'released') AS released,
                       count(p.id) FILTER (WHERE p.follow_up = 'lost') AS lost
                FROM person_category c
                LEFT JOIN person p ON p.category_code = c.code AND p.area_code LIKE :scope AND p.area_code LIKE :area || '%'
                     AND p.created_at < :before AND (CAST(:zone AS text[]) IS NULL OR p.area_code LIKE ANY (CAST(:zone AS text[])))
                GROUP BY c.code, c.name, c.key_person, c.position ORDER BY c.position, c.code
                """).param("scope", scope.likePattern()).param("area", area).param("before", before).param("zone", zonePrefixes)
                .query((rs, n) -> new PersonCounts.CategoryCount(rs.getString("code"), rs.getString("name"), rs.getBoolean("key_person"),
                        rs.getLong("registered"), rs.getLong("in_care"), rs.getLong("released"), rs.getLong("lost"))).list();
    }

    /** Overwrites the person if they still have {@code version}; false if someone changed them first. */
    boolean update(long id, int version, StoredPerson p) {
        return jdbc.sql("""
                UPDATE person SET name = :name, id_number_encrypted = :idEncrypted, id_number_masked = :idMasked, id_number_hash = :idHash,
                       phone_encrypted = :phoneEncrypted, phone_masked = :phoneMasked, address = :address, area_code = :area,
                       category_code = :category, follow_up = :followUp, follow_up_case_id = :caseId, notes = :notes,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).paramSource(params(p).addValue("id", id).addValue("version", version)).update() == 1;
    }

    Optional<PersonRow> find(long id, Scope scope) {
        return jdbc.sql(SELECT + WHERE + " AND p.id = :id").param("scope", scope.likePattern()).param("id", id)
                .query(PersonRepository::map).optional();
    }

    /** The person with this ID number's lookup hash, whoever may see them: a person is registered once. */
    Optional<PersonRow> findByHash(String idNumberHash) {
        return jdbc.sql(SELECT + " WHERE p.id_number_hash = :hash").param("hash", idNumberHash).query(PersonRepository::map).optional();
    }

    List<PersonRow> list(Scope scope, PersonFilter filter, boolean plainNames, String orderBy, int offset, int limit) {
        return filtered(jdbc, SELECT + WHERE + filter(filter) + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", scope, filter, plainNames)
                .param("limit", limit).param("offset", offset).query(PersonRepository::map).list();
    }

    long count(Scope scope, PersonFilter filter, boolean plainNames) {
        return filtered(jdbc, "SELECT count(*) FROM person p JOIN person_category c ON c.code = p.category_code" + WHERE + filter(filter), scope,
                filter, plainNames).query(Long.class).single();
    }

    /** Every matching row in order, read a thousand at a time; call inside a transaction (a cursor needs one). */
    void each(Scope scope, PersonFilter filter, boolean plainNames, String orderBy, Consumer<PersonRow> consumer) {
        try (Stream<PersonRow> rows = filtered(streaming, SELECT + WHERE + filter(filter) + " ORDER BY " + orderBy, scope, filter, plainNames)
                .query(PersonRepository::map).stream()) {
            rows.forEach(consumer);
        }
    }

    private static String filter(PersonFilter f) {
        return f.idNumberHash() == null ? FILTER : FILTER + BY_HASH;
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient client, String sql, Scope scope, PersonFilter f, boolean plainNames) {
        return client.sql(sql).param("scope", scope.likePattern()).param("plainNames", plainNames)
                .param("q", f.q()).param("area", f.area()).param("category", f.category()).param("keyPerson", f.keyPerson())
                .param("followUp", f.followUp() == null ? null : f.followUp().id()).param("idNumberHash", f.idNumberHash());
    }

    private static MapSqlParameterSource params(StoredPerson p) {
        return new MapSqlParameterSource()
                .addValue("name", p.name()).addValue("idEncrypted", p.idNumberEncrypted()).addValue("idMasked", p.idNumberMasked())
                .addValue("idHash", p.idNumberHash()).addValue("phoneEncrypted", p.phoneEncrypted()).addValue("phoneMasked", p.phoneMasked())
                .addValue("address", p.address()).addValue("area", p.areaCode()).addValue("category", p.categoryCode())
                .addValue("followUp", p.followUp() == null ? null : p.followUp().id()).addValue("caseId", p.followUpCaseId())
                .addValue("notes", p.notes());
    }

    static PersonRow map(ResultSet rs, int n) throws SQLException {
        return new PersonRow(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_encrypted"), rs.getString("id_number_masked"),
                rs.getString("id_number_hash"), rs.getString("phone_encrypted"), rs.getString("phone_masked"), rs.getString("address"),
                rs.getString("area_code"), rs.getString("category_code"), rs.getString("category_name"), rs.getBoolean("key_person"),
                Choice.parse(FollowUp.class, rs.getString("follow_up")).orElse(null), (Long) rs.getObject("follow_up_case_id"),
                rs.getString("notes"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
