package cn.taizhang.cases.reporting;

import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseProblems;
import cn.taizhang.cases.CaseRepository;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A grid worker's offline queue of up to 500 reports: each checked on its own (a bad one spoils nothing
 * else) and idempotent on its clientId, all written in one transaction: one statement inserts the cases
 * and their first events (ON CONFLICT DO NOTHING, so replays cannot abort it); a second reads back, by
 * client id, the cases of the reports that were not new.
 */
@Service
public class BatchReporting {

    /** One item of a batch: the case, or why this item was refused. */
    public record Outcome(CaseReporting.Reported reported, Problem problem) {
    }

    private final CaseReporting reporting;
    private final CaseRepository cases;
    private final TransactionTemplate tx;

    BatchReporting(CaseReporting reporting, CaseRepository cases, TransactionTemplate tx) {
        this.reporting = reporting;
        this.cases = cases;
        this.tx = tx;
    }

    public List<Outcome> reportAll(Actor actor, List<NewCase> reports) {
        ReportLookups lookups = reporting.lookups(actor);
        Outcome[] outcomes = new Outcome[reports.size()];
        List<CaseRepository.NewRow> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            try {
                rows.add(reporting.prepare(lookups, actor, reports.get(i), null, true));
                positions.add(i);
            } catch (Problem problem) {
                outcomes[i] = new Outcome(null, problem);
            }
        }
        return tx.execute(status -> {
            List<AuditNote.Change> unaudited = Collections.nCopies(rows.size(), null); // one audit row for the batch, below
            Map<String, CaseRow> inserted = rows.isEmpty() ? Map.of() : cases.insertAll(rows, unaudited);
            List<UUID> notNew = rows.stream().filter(row -> !inserted.containsKey(row.number())).map(CaseRepository.NewRow::clientId).toList();
            Map<UUID, CaseRow> earlier = notNew.isEmpty() ? Map.of() : cases.findByClientIds(notNew);
            List<String> created = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                CaseRepository.NewRow row = rows.get(k);
                CaseRow mine = inserted.get(row.number());
                CaseRow found = mine != null ? mine : earlier.get(row.clientId()); // else an earlier report with this clientId
                if (mine != null) {
                    created.add(Long.toString(mine.id()));
                }
                outcomes[positions.get(k)] = found == null || (mine == null && !found.requestHash().equals(row.requestHash()))
                        ? new Outcome(null, CaseProblems.keyReused())
                        : new Outcome(new CaseReporting.Reported(found, mine != null), null);
            }
            AuditNote.changed("case", String.join(",", created), null, null);
            return List.of(outcomes);
        });
    }
}
