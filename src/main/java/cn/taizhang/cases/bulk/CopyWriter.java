package cn.taizhang.cases.bulk;

import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.Case;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link BulkCase}s with PostgreSQL's COPY: the case rows as {@code CaseRepository.save} leaves them, their
 * events as {@code append} writes them (the report first, then each transition, {@code at} set to when it
 * happened), their 挂牌督办 records and 治理方案. Four streams per chunk, no statement per case.
 */
final class CopyWriter {

    private static final String CASES = """
            COPY case_record (id, number, type_code, severity, sector, state, area_code, unit_id, suggested_unit_id, description,
                address, lat, lng, source, reporter_id, deadline, dispatched_at, handled_at, closed_at, extension_pending_days,
                extension_reason, deferred_from, deferred_at, rework_count, return_count, extension_count, deferred_count,
                supervised_count, reopened_count, version, created_at, updated_at, request_hash, subject_kind, subject_id) FROM STDIN
            """;
    private static final String EVENTS = """
            COPY case_event (case_id, seq, at, actor_id, actor_role, action, from_state, to_state, note, data) FROM STDIN
            """;
    private static final String SUPERVISIONS = """
            COPY case_supervision (case_id, document_number, supervising_unit, deadline, case_deadline, automatic, created_by,
                created_at) FROM STDIN
            """;

    private static final String PLANS = """
            COPY case_plan (case_id, responsibility, measures, funds, deadline, contingency, written_by, written_at) FROM STDIN
            """;

    private CopyWriter() {
    }

    /** Writes the chunk on the connection (in the caller's transaction); answers the number of events written. */
    static long write(Connection connection, List<BulkCase> chunk) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder out = new StringBuilder(chunk.size() * 400);
        for (BulkCase c : chunk) {
            caseRow(out, c);
        }
        send(copy, CASES, out);
        long events = 0;
        for (BulkCase c : chunk) {
            row(out, c.id(), 1, c.reportedAt(), c.reporterId(), c.reporterRole(), Action.REPORT, null, "reported", null,
                    json(Map.of("source", c.source())));
            int seq = 1;
            for (BulkCase.Step s : c.steps()) {
                row(out, c.id(), ++seq, s.at(), s.actorId(), s.role(), s.event().action().code(), s.event().from().code(),
                        s.event().to().code(), s.event().note(), json(s.event().data()));
            }
            events += seq;
        }
        send(copy, EVENTS, out);
        for (BulkCase c : chunk) {
            for (BulkCase.Supervision s : c.supervisions()) {
                row(out, c.id(), s.documentNumber(), s.unit(), s.deadline(), s.caseDeadline(), s.automatic(), s.by(), s.at());
            }
        }
        send(copy, SUPERVISIONS, out);
        for (BulkCase c : chunk) {
            BulkCase.Plan p = c.plan();
            if (p != null) {
                row(out, c.id(), p.responsibility(), p.measures(), p.funds(), p.deadline(), p.contingency(), p.by(), p.at());
            }
        }
        send(copy, PLANS, out);
        return events;
    }

    private static void caseRow(StringBuilder out, BulkCase b) {
        Case c = b.last();
        Case.Counters n = c.counters();
        row(out, b.id(), b.number(), b.type(), b.severity(), b.sector(), c.state().code(), b.gridCode(), c.unitId(),
                b.suggestedUnitId(), b.description(), b.address(), b.lat(), b.lng(), b.source(), b.reporterId(),
                c.deadline(), c.dispatchedAt(), c.handledAt(), c.closedAt(), c.extensionPendingDays(), c.extensionReason(),
                c.deferredFrom() == null ? null : c.deferredFrom().code(), c.deferredAt(), n.rework(), n.returns(), n.extensions(),
                n.deferrals(), n.supervisions(), n.reopenings(), 1 + b.steps().size(), b.reportedAt(), b.updatedAt(), "simulated",
                b.subjectKind(), b.subjectId());
    }

    /** Sends the rows and empties the buffer. */
    private static void send(CopyManager copy, String sql, StringBuilder rows) throws SQLException, IOException {
        if (!rows.isEmpty()) {
            copy.copyIn(sql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        }
        rows.setLength(0);
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof String s) {
                escape(out, s);
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    private static String json(Map<String, Object> data) {
        return JsonMapper.shared().writeValueAsString(data);
    }
}
