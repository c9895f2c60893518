package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.CaseState;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case timelines, for modules that recompute figures from the facts: each case's grid, type, source and
 * report time with its events in order. Streams the cases in id ranges, so any number of them can be read.
 */
@Service
public class CaseEvents {

    /** A case as its events tell it. */
    public record Timeline(long id, String gridCode, String type, String source, OffsetDateTime reportedAt, List<Event> events) {
    }

    /**
     * One event: its {@code action} (empty for the first, the report), the states before and after ({@code from} null for
     * the report), and its data as JSON text (e.g. the {@code deadline} a dispatch sets).
     */
    public record Event(int seq, OffsetDateTime at, Optional<Action> action, CaseState from, CaseState to, String data) {

        /** The report, or the action. */
        public boolean is(Action a) {
            return action.filter(a::equals).isPresent();
        }

        /** Reaches {@code state} from another. */
        public boolean enters(CaseState state) {
            return to == state && from != state;
        }

        /** A top-level field of the data as text, if present. */
        public Optional<String> field(String name) {
            JsonNode value = JsonMapper.shared().readTree(data).get(name);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
        }
    }

    private static final int RANGE = 20_000;

    private final JdbcClient jdbc;

    CaseEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every case inside {@code area} (a code prefix) reported in [from, until), in id order. */
    public void forEach(String area, OffsetDateTime from, OffsetDateTime until, Consumer<Timeline> each) {
        Long last = jdbc.sql("SELECT max(id) FROM case_record").query(Long.class).list().stream().filter(Objects::nonNull).findFirst()
                .orElse(null);
        for (long low = 0; last != null && low <= last; low += RANGE) {
            List<Timeline> range = new ArrayList<>();
            jdbc.sql("""
                            SELECT c.id, c.area_code, c.type_code, c.source, c.created_at,
                                   e.seq, e.at, e.action, e.from_state, e.to_state, e.data::text AS data
                            FROM case_record c JOIN case_event e ON e.case_id = c.id
                            WHERE c.id >= :low AND c.id < :high AND e.case_id >= :low AND e.case_id < :high
                              AND c.area_code LIKE :area AND c.created_at >= :from AND c.created_at < :until
                            ORDER BY c.id, e.seq
                            """)
                    .param("low", low).param("high", low + RANGE).param("area", area + "%").param("from", from).param("until", until)
                    .query(rs -> {
                        long id = rs.getLong("id");
                        if (range.isEmpty() || range.get(range.size() - 1).id() != id) {
                            range.add(new Timeline(id, rs.getString("area_code"), rs.getString("type_code"), rs.getString("source"),
                                    rs.getObject("created_at", OffsetDateTime.class), new ArrayList<>()));
                        }
                        range.get(range.size() - 1).events().add(new Event(rs.getInt("seq"), rs.getObject("at", OffsetDateTime.class),
                                Action.fromCode(rs.getString("action")), state(rs.getString("from_state")), state(rs.getString("to_state")),
                                rs.getString("data")));
                    });
            range.forEach(each);
        }
    }

    private static CaseState state(String code) {
        return code == null ? null : CaseState.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown state " + code));
    }

    /** When the first case was reported, if there is any case. */
    public Optional<OffsetDateTime> firstReport() {
        return jdbc.sql("SELECT min(created_at) FROM case_record").query(OffsetDateTime.class).list().stream().filter(Objects::nonNull)
                .findFirst();
    }
}
