package cn.taizhang.cases;

import cn.taizhang.cases.catalogue.CaseType;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.catalogue.Units;
import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Turns rows into what one caller sees, looking names up once per page. */
@Component
public class CaseViews {

    private final Territory territory;
    private final Units units;
    private final CaseTypes types;
    private final List<CaseSubjects> subjects;
    private final List<CaseOrigins> origins;

    CaseViews(Territory territory, Units units, CaseTypes types, List<CaseSubjects> subjects, List<CaseOrigins> origins) {
        this.subjects = subjects;
        this.origins = origins;
        this.territory = territory;
        this.units = units;
        this.types = types;
    }

    CaseView of(CaseRow row, Actor actor) {
        return of(List.of(row), actor).get(0);
    }

    List<CaseView> of(List<CaseRow> rows, Actor actor) {
        return views(rows, actor, true);
    }

    /**
     * Cases reported through the API, just written or found again by a retry: none came from an inspection or a visit
     * (those write theirs in their own transaction, without client ids), so their origins are not looked up: two
     * queries a report that cost PostgreSQL more than writing the report (docs/benchmarks.md, "The answer's look-ups").
     */
    List<CaseView> reported(List<CaseRow> rows, Actor actor) {
        return views(rows, actor, false);
    }

    private List<CaseView> views(List<CaseRow> rows, Actor actor, boolean withOrigins) {
        Map<String, String> areaNames = territory.names(rows.stream().map(CaseRow::gridCode).collect(Collectors.toSet()),
                Scope.area(actor.jurisdictionCode()));
        Map<Long, String> unitNames = new HashMap<>();
        rows.stream().flatMap(r -> Stream.of(r.unitId(), r.suggestedUnitId())).filter(Objects::nonNull).distinct()
                .forEach(id -> units.find(id).ifPresent(d -> unitNames.put(d.id(), d.name())));
        Map<String, CaseType> typesByCode = types.all().stream().collect(Collectors.toMap(CaseType::code, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now();
        Map<Long, CaseOrigin> from = new HashMap<>();
        List<Long> ids = rows.stream().map(CaseRow::id).toList();
        if (withOrigins) {
            origins.forEach(o -> from.putAll(o.of(ids, actor.scope())));
        }
        return rows.stream().map(r -> view(r, actor, areaNames, unitNames, typesByCode.get(r.type()), now, subject(r, actor), from.get(r.id())))
                .toList();
    }

    /** The registry record the case is about, as far as the caller may see it. */
    private CaseSubject subject(CaseRow r, Actor actor) {
        if (r.subjectKind() == null) {
            return null;
        }
        return subjects.stream().filter(s -> s.kind().equals(r.subjectKind())).findFirst()
                .flatMap(s -> s.find(r.subjectId(), actor.scope())).orElse(null);
    }

    private static CaseView view(CaseRow r, Actor actor, Map<String, String> areaNames, Map<Long, String> unitNames, CaseType type,
            OffsetDateTime now, CaseSubject subject, CaseOrigin origin) {
        Case c = r.lifecycle();
        List<Action> actions = c.allowedActions(actor.capacities(r));
        String severityName = type.severity(r.severity()).map(CaseType.Severity::name).orElse(r.severity());
        boolean planRequired = type.severity(r.severity()).map(CaseType.Severity::requiresPlan).orElse(false);
        return new CaseView(r.id(), r.number(), r.type(), type.name(), r.severity(), severityName, r.sector(), r.state().code(),
                r.state().label(), r.gridCode(), areaNames.get(r.gridCode()), unit(r.unitId(), unitNames),
                unit(r.suggestedUnitId(), unitNames), local(c.deadline()), r.version(), r.source(), CaseSource.labelOf(r.source()), r.description(), r.address(),
                r.lat() == null ? null : new CaseView.Location(r.lat(), r.lng(), "wgs84"), local(r.createdAt()), local(r.updatedAt()),
                Overdue.at(c, now), c.counters().rework(), c.counters().returns(), c.counters().extensions(), c.counters().deferrals(),
                c.counters().supervisions(), c.counters().reopenings(),
                c.extensionPending() ? new CaseView.PendingExtension(c.extensionPendingDays(), c.extensionReason()) : null,
                c.duplicateOf(), actions.stream().map(Action::code).toList(), names(actions), subject, planRequired, origin);
    }

    private static Map<String, String> names(List<Action> actions) {
        Map<String, String> names = new LinkedHashMap<>();
        actions.forEach(a -> names.put(a.code(), a.label()));
        return names;
    }

    private static CaseView.UnitRef unit(Long id, Map<Long, String> names) {
        return id == null ? null : new CaseView.UnitRef(id, names.get(id));
    }

    public static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(BeijingTime.ZONE).toOffsetDateTime();
    }
}
