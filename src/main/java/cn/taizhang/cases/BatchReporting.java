package cn.taizhang.cases;

import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.ApiProblem;
import java.util.ArrayList;
import java.util.HashMap;
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
class BatchReporting {

    /** One item of a batch: the case, or why this item was refused. */
    record Outcome(CaseReporting.Reported reported, ApiProblem problem) {
    }

    private final CaseReporting reporting;
    private final CaseRepository cases;
    private final TransactionTemplate tx;

    BatchReporting(CaseReporting reporting, CaseRepository cases, TransactionTemplate tx) {
        this.reporting = reporting;
        this.cases = cases;
        this.tx = tx;
    }

    List<Outcome> reportAll(Actor actor, List<NewCase> reports) {
        ReportLookups lookups = reporting.lookups(actor);
        Outcome[] outcomes = new Outcome[reports.size()];
        List<CaseRepository.NewRow> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            try {
                rows.add(reporting.prepare(lookups, actor, reports.get(i), null, true));
                positions.add(i);
            } catch (ApiProblem problem) {
                outcomes[i] = new Outcome(null, problem);
            }
        }
        return tx.execute(status -> {
            Map<UUID, CaseRow> stored = rows.isEmpty() ? new HashMap<>() : cases.insertAll(rows, actor.reportingRole());
            List<UUID> notNew = rows.stream().filter(row -> !ours(stored.get(row.clientId()), row)).map(CaseRepository.NewRow::clientId).toList();
            if (!notNew.isEmpty()) {
                stored.putAll(cases.findByClientIds(notNew));
            }
            List<String> created = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                CaseRepository.NewRow row = rows.get(k);
                CaseRow found = stored.get(row.clientId());
                // ours if it carries the number we just gave it; otherwise an earlier report with this clientId
                boolean isNew = ours(found, row);
                if (isNew) {
                    created.add(Long.toString(found.id()));
                }
                outcomes[positions.get(k)] = found == null || (!isNew && !found.requestHash().equals(row.requestHash()))
                        ? new Outcome(null, CaseProblems.keyReused())
                        : new Outcome(new CaseReporting.Reported(found, isNew), null);
            }
            AuditNote.changed("case", String.join(",", created), null, null);
            return List.of(outcomes);
        });
    }

    private static boolean ours(CaseRow found, CaseRepository.NewRow row) {
        return found != null && found.number().equals(row.number());
    }
}
