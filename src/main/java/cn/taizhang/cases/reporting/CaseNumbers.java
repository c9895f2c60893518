package cn.taizhang.cases.reporting;

import cn.taizhang.platform.db.SidePool;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers per county and year (522601-2026-000123). Numbers are taken from the
 * counter row in blocks, each in a short transaction of its own: one counter row updated by every report
 * would serialise all reporting behind its row lock. The blocks are taken on the {@link SidePool}, never the
 * main pool: a caller may hold a connection of the main pool in a transaction of its own while it waits for
 * its number (every report did, once), and a burst of such callers as large as the pool then waited for a
 * connection none of them would give back. Numbers stay unique and rise within an instance; a block's unused
 * numbers are skipped when the application stops, so gaps are possible.
 * The block's commit does not wait for the disk (synchronous_commit off, for that transaction only): every
 * other request waits for a new block, and a flush under load took 15 ms a block (JFR: over 400 waits of 10–56
 * ms in 30 s). This loses nothing a user saw. A case is committed after its block, with a flush that writes
 * the whole log before it, the block's commit included, so a crash can only undo a block whose numbers no
 * committed case holds; case_record.number is unique besides.
 */
@Component
class CaseNumbers {

    static final int BLOCK = 50;

    private record Key(String county, int year) {
    }

    private static final class Block {
        long next;
        long last;
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Map<Key, Block> blocks = new HashMap<>();

    CaseNumbers(@SidePool DataSource side) {
        this.jdbc = JdbcClient.create(side);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(side));
    }

    synchronized String next(String county, int year) {
        Block block = blocks.computeIfAbsent(new Key(county, year), k -> new Block());
        if (block.next == 0 || block.next > block.last) {
            long last = ownTransaction.execute(status -> {
                jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
                return jdbc.sql("""
                                INSERT INTO case_number_counter (county, year, last) VALUES (:county, :year, :block)
                                ON CONFLICT (county, year) DO UPDATE SET last = case_number_counter.last + :block RETURNING last
                                """)
                        .param("county", county).param("year", year).param("block", BLOCK).query(Long.class).single();
            });
            block.next = last - BLOCK + 1;
            block.last = last;
        }
        String serial = Long.toString(block.next++);
        return county + "-" + year + "-" + "000000".substring(Math.min(6, serial.length())) + serial;
    }
}
