package cn.taizhang.cases.bulk;

import cn.taizhang.cases.tally.TallyCompactor;
import cn.taizhang.platform.db.Maintenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes cases in bulk (COPY, no statement per case) for tools outside the product's core: ids from the case sequence,
 * numbers reserved on the per-county-and-year counter as reporting takes them, each chunk in a transaction of its own
 * (callers may write chunks from several threads), and the tallies folded once when the load ends.
 */
@Service
public class CaseBulkWriter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final TallyCompactor compactor;
    private final Maintenance maintenance;

    CaseBulkWriter(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, TallyCompactor compactor, Maintenance maintenance) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.compactor = compactor;
        this.maintenance = maintenance;
    }

    /** A simulated case about an enterprise, as reported: for the tools that record what lay behind it (an inspection's visit). */
    public record Simulated(long id, long reporterId, OffsetDateTime reportedAt, String gridCode, String sector, String severity,
            long enterpriseId, String description) {
    }

    /** The simulated cases (written here) about enterprises from {@code source} ({@code inspection}: 检查发现), oldest first. */
    public List<Simulated> simulatedAboutEnterprises(String source) {
        return jdbc.sql("""
                SELECT id, reporter_id, created_at AS reported_at, area_code AS grid_code, sector, severity, subject_id AS enterprise_id,
                       description
                FROM case_record WHERE request_hash = 'simulated' AND source = :source AND subject_kind = 'enterprise'
                ORDER BY created_at, id
                """).param("source", source).query(Simulated.class).list();
    }

    /** A simulated case as the record of what raised it needs it (a leader's visit): who reported it, when, where, its words. */
    public record SimulatedReport(long id, long reporterId, OffsetDateTime reportedAt, String gridCode, String severity, String description) {
    }

    /** The simulated cases (written here) from {@code source}, whatever they are about, oldest first. */
    public List<SimulatedReport> simulatedFrom(String source) {
        return jdbc.sql("""
                SELECT id, reporter_id, created_at AS reported_at, area_code AS grid_code, severity, description
                FROM case_record WHERE request_hash = 'simulated' AND source = :source
                ORDER BY created_at, id
                """).param("source", source).query(SimulatedReport.class).list();
    }

    /**
     * Makes simulated cases about registry records ({@code kind}, by case id the record's id): what raised them is matched
     * to them after the year is played (a leader's visit to an enterprise behind the requests it collected).
     */
    public void about(String kind, Map<Long, Long> recordByCase) {
        if (recordByCase.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE case_record c SET subject_kind = :kind, subject_id = x.record
                FROM unnest(CAST(:cases AS bigint[]), CAST(:records AS bigint[])) AS x(id, record)
                WHERE c.id = x.id AND c.request_hash = 'simulated'
                """).param("kind", kind).param("cases", recordByCase.keySet().toArray(Long[]::new))
                .param("records", recordByCase.values().toArray(Long[]::new)).update();
    }

    /** {@code count} fresh case ids. */
    public long[] ids(int count) {
        return jdbc.sql("SELECT nextval('case_record_id_seq') FROM generate_series(1, :n)").param("n", count)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** Reserves {@code count} case numbers of the county and year in a transaction of its own; answers the first. */
    public long reserveNumbers(String county, int year, int count) {
        long last = jdbc.sql("""
                        INSERT INTO case_number_counter (county, year, last) VALUES (:county, :year, :n)
                        ON CONFLICT (county, year) DO UPDATE SET last = case_number_counter.last + :n RETURNING last
                        """)
                .param("county", county).param("year", year).param("n", count).query(Long.class).single();
        return last - count + 1;
    }

    /** Writes the cases, their events and supervisions in one transaction; answers the number of events written. */
    public long write(List<BulkCase> cases) {
        return tx.execute(status -> {
            try {
                return CopyWriter.write(DataSourceUtils.getConnection(dataSource), cases);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs a bulk load ({@link #write} calls): the tallies are folded (or rebuilt) once at the end rather than as the rows
     * arrive, and the filled tables get fresh planner statistics.
     */
    public void load(Runnable load) {
        compactor.bulkLoad(() -> {
            load.run();
            maintenance.vacuumAnalyze("case_event", "case_supervision");
        });
    }
}
