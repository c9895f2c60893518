package cn.taizhang.access.chain;

import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Checks the sealed chain against its rows and against every head exported outside the database. */
@Service
public class AuditVerification {

    private static final String LINKS = "SELECT s.seq, s.audit_id, s.hash, " + AuditRows.COLUMNS
            + " FROM audit_seal s LEFT JOIN audit_event a ON a.id = s.audit_id ORDER BY s.seq";
    private static final String UNSEALED = "SELECT count(*) FROM audit_event a WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.audit_id = a.id)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final AuditHeads heads;

    AuditVerification(DataSource dataSource, PlatformTransactionManager transactions, AuditHeads heads) {
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(2_000); // streams the chain inside the transaction instead of reading it whole
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.heads = heads;
    }

    public Verification verify() {
        // read before the snapshot: a head is exported only after its link committed, so the snapshot holds it
        List<ExportedHead> exported = heads.all();
        ExportedHead lastExported = exported.stream().max(Comparator.comparingLong(ExportedHead::seq)).orElse(null);
        return snapshot.execute(status -> {
            ChainVerifier verifier = new ChainVerifier(exported);
            long[] sealed = {0, 0};
            byte[][] head = {null};
            jdbc.query(LINKS, rs -> {
                SealedLink link = new SealedLink(rs.getLong("seq"), rs.getLong("audit_id"), rs.getBytes("hash"), AuditRows.read(rs));
                sealed[0]++;
                sealed[1] = link.seq();
                head[0] = link.hash();
                verifier.accept(link);
            });
            long unsealed = jdbc.queryForObject(UNSEALED, Long.class);
            ChainBreak firstBreak = verifier.firstBreak();
            return new Verification(firstBreak == null, sealed[0], verifier.verified(), unsealed, sealed[0] == 0 ? null : sealed[1],
                    head[0] == null ? null : AuditChain.hex(head[0]), lastExported, firstBreak);
        });
    }
}
