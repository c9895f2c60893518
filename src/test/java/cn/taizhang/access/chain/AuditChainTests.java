package cn.taizhang.access.chain;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.access.chain.ChainBreak.Kind;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail's hash chain on the running application: rows are sealed by the scheduled sealer within a second
 * or two of their commit, and what the superuser does past the triggers ({@code session_replication_role = replica})
 * is found by {@code verify-audit}'s check. Each tampering test puts the rows back as they were.
 */
@IntegrationTest
class AuditChainTests {

    private static final String TOWN = OwnedArea.AUDIT_CHAIN.code(AuditChainTests.class);
    private static final long SEALER_LOCK = 0x5EA1_AD17L;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditHeads heads;

    CaseDriver cases;

    @BeforeEach
    void driver() {
        cases = new CaseDriver(mvc, jdbc, TOWN);
    }

    @Test
    void aRowIsSealedWithinASecondOrTwoOfItsCommit() throws Exception {
        long caseId = cases.report("city_sanitation", cases.grid(0));
        long auditId = auditRowOf(caseId);
        long committed = System.nanoTime();

        Long seq = awaitSealed(auditId, Duration.ofSeconds(2));

        assertThat(seq).as("sealed %d ms after the answer", Duration.ofNanos(System.nanoTime() - committed).toMillis()).isNotNull();
        assertThat(jdbc.queryForObject("SELECT extract(epoch FROM s.sealed_at - a.at) FROM audit_seal s JOIN audit_event a ON a.id = s.audit_id"
                + " WHERE s.audit_id = ?", Double.class, auditId)).isLessThan(2.0);
    }

    @Test
    void anIntactChainVerifiesFromTheCommandLineAndForTheAuditor() throws Exception {
        awaitSealed(auditRowOf(cases.report("city_sanitation", cases.grid(1))), Duration.ofSeconds(5));
        ExportedHead head = heads.export().orElseThrow();

        Verification v = verification.verify();
        assertThat(v.firstBreak()).isNull();
        assertThat(v.intact()).isTrue();
        assertThat(v.verified()).isEqualTo(v.sealed()).isGreaterThanOrEqualTo(head.seq());
        assertThat(v.lastExported().seq()).isGreaterThanOrEqualTo(head.seq());

        mvc.perform(get("/api/v1/audit/verification").with(as(mvc, "demo-auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.unsealed").isNumber());
        mvc.perform(get("/api/v1/audit/verification").with(as(mvc, "demo-leader"))).andExpect(status().isForbidden());
    }

    @Test
    void theApplicationsRoleCannotRewriteTheChain() {
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_seal SET hash = hash")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_seal")).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aRowChangedByTheSuperuserPastTheTriggersIsReportedAtThatRow() throws Exception {
        long auditId = auditRowOf(cases.report("city_sanitation", cases.grid(2)));
        awaitSealed(auditId, Duration.ofSeconds(5));
        awaitSealed(auditRowOf(cases.report("city_sanitation", cases.grid(2))), Duration.ofSeconds(5)); // not the last link

        try (Tampering superuser = new Tampering()) {
            String path = superuser.sql.queryForObject("SELECT path FROM audit_event WHERE id = ?", String.class, auditId);
            superuser.sql.update("UPDATE audit_event SET path = '/api/v1/nothing-happened' WHERE id = ?", auditId);

            ChainBreak found = verification.verify().firstBreak();
            assertThat(found).extracting(ChainBreak::kind, ChainBreak::auditId).containsExactly(Kind.ROW_CHANGED, auditId);
            assertThat(found.seq()).isEqualTo(seqOf(auditId));

            superuser.sql.update("UPDATE audit_event SET path = ? WHERE id = ?", path, auditId);
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestRowsIsReportedAgainstTheExportedHead() throws Exception {
        for (int i = 0; i < 3; i++) {
            awaitSealed(auditRowOf(cases.report("city_sanitation", cases.grid(3))), Duration.ofSeconds(5));
        }
        try (Tampering superuser = new Tampering()) {
            ExportedHead head = heads.export().orElseThrow();
            superuser.sql.execute("CREATE TEMP TABLE gone_seal AS SELECT * FROM audit_seal WHERE seq > " + (head.seq() - 3));
            superuser.sql.execute("CREATE TEMP TABLE gone_rows AS SELECT * FROM audit_event WHERE id IN (SELECT audit_id FROM gone_seal)");
            superuser.sql.update("DELETE FROM audit_event WHERE id IN (SELECT audit_id FROM gone_seal)");
            superuser.sql.update("DELETE FROM audit_seal WHERE seq IN (SELECT seq FROM gone_seal)");

            Verification v = verification.verify();
            assertThat(v.firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq).containsExactly(Kind.SHORTER_THAN_EXPORTED_HEAD, head.seq() - 2);
            assertThat(v.verified()).isEqualTo(head.seq() - 3);

            superuser.sql.update("INSERT INTO audit_event SELECT * FROM gone_rows");
            superuser.sql.update("INSERT INTO audit_seal SELECT * FROM gone_seal");
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void aGapInTheChainOrAMissingSealedRowIsReported() throws Exception {
        long auditId = auditRowOf(cases.report("city_sanitation", cases.grid(4)));
        long seq = awaitSealed(auditId, Duration.ofSeconds(5));
        awaitSealed(auditRowOf(cases.report("city_sanitation", cases.grid(4))), Duration.ofSeconds(5));

        try (Tampering superuser = new Tampering()) {
            superuser.sql.execute("CREATE TEMP TABLE gone_seal AS SELECT * FROM audit_seal WHERE seq = " + seq);
            superuser.sql.execute("CREATE TEMP TABLE gone_rows AS SELECT * FROM audit_event WHERE id = " + auditId);

            superuser.sql.update("DELETE FROM audit_seal WHERE seq = ?", seq);
            assertThat(verification.verify().firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq).containsExactly(Kind.SEQ_MISSING, seq);
            superuser.sql.update("INSERT INTO audit_seal SELECT * FROM gone_seal");

            superuser.sql.update("DELETE FROM audit_event WHERE id = ?", auditId);
            assertThat(verification.verify().firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::auditId)
                    .containsExactly(Kind.ROW_MISSING, seq, auditId);
            superuser.sql.update("INSERT INTO audit_event SELECT * FROM gone_rows");
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersAreAllSealedInOneChain() throws Exception {
        String grid = cases.grid(5);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> reported = new ArrayList<>();
        try {
            for (int w = 0; w < 8; w++) {
                Callable<List<Long>> writer = () -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        ids.add(cases.report("city_sanitation", grid));
                    }
                    return ids;
                };
                reported.add(writers.submit(writer));
            }
            List<Long> auditIds = new ArrayList<>();
            for (Future<List<Long>> f : reported) {
                for (long caseId : f.get()) {
                    auditIds.add(auditRowOf(caseId));
                }
            }
            for (long auditId : auditIds) {
                awaitSealed(auditId, Duration.ofSeconds(5));
            }
            assertThat(jdbc.queryForObject("SELECT count(DISTINCT seq) FROM audit_seal WHERE audit_id = ANY (?)", Long.class,
                    (Object) auditIds.toArray(Long[]::new))).isEqualTo(120);
        } finally {
            writers.shutdownNow();
        }
        Verification v = verification.verify();
        assertThat(v.firstBreak()).isNull();
        assertThat(v.verified()).isEqualTo(v.sealed());
        assertThat(jdbc.queryForObject("SELECT max(seq) = count(*) FROM audit_seal", Boolean.class)).as("no seq twice, none skipped").isTrue();
    }

    private long auditRowOf(long caseId) {
        return jdbc.queryForObject("SELECT id FROM audit_event WHERE action = 'CHANGE' AND target_type = 'case' AND target_id = ? AND status IS NULL",
                Long.class, Long.toString(caseId));
    }

    private Long seqOf(long auditId) {
        List<Long> seq = jdbc.queryForList("SELECT seq FROM audit_seal WHERE audit_id = ?", Long.class, auditId);
        return seq.isEmpty() ? null : seq.get(0);
    }

    private Long awaitSealed(long auditId, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Long seq = seqOf(auditId);
        while (seq == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seq = seqOf(auditId);
        }
        return seq;
    }

    /** One superuser session that keeps the sealer out (its advisory lock) and switches the triggers off. */
    private final class Tampering implements AutoCloseable {

        final Connection connection;
        final JdbcTemplate sql;

        Tampering() throws Exception {
            connection = owner.getConnection();
            sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            sql.queryForObject("SELECT pg_advisory_lock(?)", Object.class, SEALER_LOCK);
            sql.execute("SET session_replication_role = replica");
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }
}
