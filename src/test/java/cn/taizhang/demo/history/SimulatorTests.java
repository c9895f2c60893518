package cn.taizhang.demo.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.calendar.rules.WorkingDayRules;
import cn.taizhang.cases.bulk.BulkCase;
import cn.taizhang.cases.bulk.TypeRule;
import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.cases.lifecycle.Lifecycle;
import cn.taizhang.cases.lifecycle.Transition;
import cn.taizhang.organisation.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The simulator without a database: a small town with its staff, a year of reports played to the end of 2019. */
class SimulatorTests {

    static final WorkingDayRules CALENDAR = WorkingDayRules.weekdaysOnly();
    static final OffsetDateTime NOW = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
    static final String TOWN = "522699101";
    static final List<String> GRIDS = List.of("522699101201001", "522699101201002", "522699101202001");

    static final List<Unit> UNITS = List.of(new Unit(1, "EMERGENCY", false, "522699"), new Unit(2, "HOUSING", false, "522699"),
            new Unit(3, "OFFICE-" + TOWN, true, TOWN));
    static final List<Person> STAFF = staff();
    static final Map<Long, Person> BY_ID = STAFF.stream().collect(Collectors.toMap(Person::id, Function.identity()));

    static final List<TypeRule> TYPES = List.of(
            new TypeRule("safety_hazard", "sector_department", true, 3, List.of(new TypeRule.Severity("general", 5), new TypeRule.Severity("major", 30))),
            new TypeRule("city_sanitation", "town_office", true, 3, List.of(new TypeRule.Severity("general", 3))),
            new TypeRule("enterprise_request", "chosen", false, 5, List.of(new TypeRule.Severity("general", 10), new TypeRule.Severity("hard", 30))));

    static List<Person> staff() {
        AtomicLong ids = new AtomicLong(100);
        List<Person> staff = new ArrayList<>();
        staff.add(new Person(ids.incrementAndGet(), Set.of(Role.DISPATCHER), TOWN, null));
        staff.add(new Person(ids.incrementAndGet(), Set.of(Role.DISPATCHER), TOWN, null));
        staff.add(new Person(ids.incrementAndGet(), Set.of(Role.LEADER), TOWN, null));
        staff.add(new Person(ids.incrementAndGet(), Set.of(Role.LEADER), "522699", null));
        staff.add(new Person(ids.incrementAndGet(), Set.of(Role.LEADER), "522699", 1L)); // a department's leader: no part in cases
        for (Unit unit : UNITS) {
            staff.add(new Person(ids.incrementAndGet(), Set.of(Role.HANDLER), unit.areaCode(), unit.id()));
            staff.add(new Person(ids.incrementAndGet(), Set.of(Role.HANDLER, Role.INSPECTOR), unit.areaCode(), unit.id()));
        }
        GRIDS.forEach(grid -> staff.add(new Person(ids.incrementAndGet(), Set.of(Role.GRID_WORKER), grid, null)));
        return staff;
    }

    /** 管行业必须管安全: gas to housing, other hazards to emergency management; sanitation to the town; requests chosen. */
    static Long suggested(String type, String sector, String grid) {
        return switch (type) {
            case "safety_hazard" -> sector.equals("town_gas") ? 2L : 1L;
            case "city_sanitation" -> 3L;
            default -> null;
        };
    }

    static List<Played> simulate(long seed, long cases) {
        return simulate(seed, cases, GRIDS);
    }

    static List<Played> simulate(long seed, long cases, List<String> grids) {
        return simulate(seed, cases, grids, (grid, sector, major, random) -> Optional.empty());
    }

    static List<Played> simulate(long seed, long cases, List<String> grids, Simulator.Inspected inspected) {
        World world = new World(CALENDAR, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), NOW, seed,
                grids.stream().map(g -> new Spot(g, "示例镇", "示例村", 26.5, 107.9)).toList(), TYPES, Set.of("fire_safety", "town_gas"),
                STAFF, UNITS, SimulatorTests::suggested, inspected);
        AtomicLong ids = new AtomicLong();
        AtomicLong numbers = new AtomicLong();
        List<Played> played = new ArrayList<>();
        new Simulator(world, new Simulator.Numbering() {
            @Override
            public long[] ids(int count) {
                return java.util.stream.LongStream.range(0, count).map(i -> ids.incrementAndGet()).toArray();
            }

            @Override
            public long reserve(String county, int year, int count) {
                return numbers.getAndAdd(count) + 1;
            }
        }).run(cases, 500, chunk -> played.addAll(chunk.played()));
        return played;
    }

    @Test
    void everyTimelineIsOneTheLifecycleAllowsTakenBySomeoneWithThatPartAtOfficeHoursOnTheCalendar() {
        List<Played> history = simulate(7, 3_000);
        assertThat(history).hasSize(3_000);
        assertThat(history.stream().map(p -> p.report().number()).distinct()).hasSize(3_000);
        for (Played p : history) {
            Case c = Case.reported(p.report().spot().gridCode(), p.report().type().verificationRequired());
            OffsetDateTime previous = p.reportedAt();
            assertThat(officeHours(previous)).as(p.report().number()).isTrue();
            for (BulkCase.Step s : p.steps()) {
                assertThat(s.at()).as(p.report().number()).isAfterOrEqualTo(previous).isBefore(NOW);
                assertThat(officeHours(s.at())).isTrue();
                Transition t = replay(c, s, p.report());
                assertThat(t.event()).as(p.report().number() + " " + s.event().action()).isEqualTo(s.event());
                c = t.after();
                previous = s.at();
            }
            assertThat(c).as(p.report().number()).isEqualTo(p.last());
        }
    }

    @Test
    void theMixLooksLikeTheSeeds() {
        List<Played> history = simulate(11, 6_000);
        List<Played> hazards = history.stream().filter(p -> p.report().type().code().equals("safety_hazard")).toList();
        assertThat(hazards.size()).isBetween(3_000, 4_800);
        // of the hazards whose deadline has passed, about 96% are rectified (整改率 96.3% in the seed)
        List<Played> due = hazards.stream().filter(p -> p.last().state() != CaseState.REJECTED)
                .filter(p -> p.reportedAt().plusDays(60).isBefore(NOW)).toList();
        double rectified = due.stream().filter(p -> p.last().state() == CaseState.CLOSED).count() / (double) due.size();
        assertThat(rectified).isBetween(0.94, 0.985);
        Map<CaseState, Long> states = history.stream().collect(Collectors.groupingBy(p -> p.last().state(), Collectors.counting()));
        assertThat(states.keySet()).contains(CaseState.CLOSED, CaseState.REJECTED, CaseState.DISPATCHED, CaseState.DEFERRED);
        long overdue = history.stream().filter(p -> p.last().state() == CaseState.DISPATCHED && p.last().deadline().isBefore(NOW)).count();
        assertThat(overdue).isPositive();
        for (Function<Case.Counters, Integer> counter : List.<Function<Case.Counters, Integer>>of(Case.Counters::returns,
                Case.Counters::rework, Case.Counters::extensions, Case.Counters::deferrals, Case.Counters::supervisions, Case.Counters::reopenings)) {
            long cases = history.stream().filter(p -> counter.apply(p.last().counters()) > 0).count();
            assertThat(cases).isPositive().isLessThan(history.size() / 10);
        }
        assertThat(history.stream().map(Played::report).map(Report::source).distinct()).contains("grid_worker", "inspection", "citizen");
    }

    // 20 reports a grid on average: a grid without any would be a blank on the dashboard's map
    @Test
    void reportsComeFromEveryGrid() {
        List<String> grids = IntStream.range(0, 300).mapToObj(i -> "%s%03d%03d".formatted(TOWN, 201 + i / 30, 1 + i % 30)).toList();
        assertThat(simulate(5, 6_000, grids).stream().map(p -> p.report().spot().gridCode()).distinct()).hasSize(300);
    }

    @Test
    void anInspectionsHazardIsAboutTheEnterpriseItWasFoundAtInItsGrid() {
        String firmGrid = GRIDS.get(GRIDS.size() - 1);
        List<Played> history = simulate(13, 3_000, GRIDS, (grid, sector, major, random) -> Optional.of(
                new Simulator.Finding(42, firmGrid, "fire_safety", "检查发现：示例公司，消防通道堵塞", "示例路 1 号")));
        List<Played> found = history.stream().filter(p -> p.report().source().equals("inspection") && p.report().sector() != null).toList();
        assertThat(found).isNotEmpty().allSatisfy(p -> {
            assertThat(p.report().enterpriseId()).isEqualTo(42L);
            assertThat(p.report().spot().gridCode()).isEqualTo(firmGrid);
            assertThat(p.report().sector()).isEqualTo("fire_safety");
            assertThat(p.toBulk().subjectKind()).isEqualTo("enterprise");
        });
        assertThat(history.stream().filter(p -> !found.contains(p))).allSatisfy(p -> assertThat(p.toBulk().subjectId()).isNull());
    }

    @Test
    void aLeadersVisitProblemIsRegisteredAndDispatchedByTheLeaderToTheTownsOfficeAtOnce() {
        List<Played> visits = simulate(17, 6_000).stream().filter(p -> p.report().source().equals("leader_visit")).toList();
        assertThat(visits).isNotEmpty().allSatisfy(p -> {
            assertThat(p.steps()).hasSizeGreaterThanOrEqualTo(2);
            BulkCase.Step register = p.steps().get(0);
            BulkCase.Step dispatch = p.steps().get(1);
            assertThat(register.event().action()).isEqualTo(Action.REGISTER);
            assertThat(dispatch.event().action()).isEqualTo(Action.DISPATCH);
            assertThat(List.of(register.actorId(), dispatch.actorId())).containsOnly(p.report().reporter().id());
            assertThat(register.role()).isEqualTo("LEADER");
            assertThat(register.at()).isEqualTo(p.reportedAt());
            assertThat(dispatch.at()).isEqualTo(p.reportedAt());
            assertThat(((Number) dispatch.event().data().get("unit")).longValue()).as("the town's office").isEqualTo(3L);
        });
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(simulate(3, 800)).isEqualTo(simulate(3, 800));
        assertThat(simulate(3, 800)).isNotEqualTo(simulate(4, 800));
    }

    private static boolean officeHours(OffsetDateTime at) {
        LocalTime time = at.toLocalTime();
        boolean morning = !time.isBefore(LocalTime.of(8, 30)) && !time.isAfter(LocalTime.of(12, 0));
        boolean afternoon = !time.isBefore(LocalTime.of(14, 0)) && !time.isAfter(LocalTime.of(17, 30));
        return CALENDAR.isWorkingDay(at.toLocalDate()) && (morning || afternoon);
    }

    /** The step taken again through the lifecycle by its recorded actor, with deadlines from the calendar. */
    private static Transition replay(Case c, BulkCase.Step s, Report r) {
        Action action = s.event().action();
        if (s.actorId() == null) {
            assertThat(action).isEqualTo(Action.SUPERVISE);
            assertThat(s.at()).isAfter(c.deadline());
            return c.superviseAutomatically((String) s.event().data().get("documentNumber"));
        }
        Person actor = BY_ID.get(s.actorId());
        Set<Capacity> who = actor.capacities(r.spot().gridCode(), c.unitId());
        if (r.source().equals("leader_visit") && actor.equals(r.reporter()) && (action == Action.REGISTER || action == Action.DISPATCH)) {
            who = Capacity.coordinating(actor.roles(), actor.jurisdiction(), r.spot().gridCode()); // 顶格协调, granted by the visit
        }
        assertThat(Lifecycle.actingAs(action, who).role().name()).isEqualTo(s.role());
        Map<String, Object> data = s.event().data();
        String note = s.event().note();
        return switch (action) {
            case REGISTER -> c.register(who);
            case REJECT -> c.reject(who, note, null);
            case DISPATCH -> c.dispatch(who, ((Number) data.get("unit")).longValue(), CALENDAR.deadline(s.at(), r.severity().deadlineDays()), s.at(),
                    note);
            case RETURN -> c.giveBack(who, note);
            case HANDLE -> c.handle(who, note, List.of(), s.at());
            case VERIFY -> c.verify(who, (Boolean) data.get("passed"), note, s.at());
            case REQUEST_EXTENSION -> c.requestExtension(who, (Integer) data.get("workingDays"), note);
            case APPROVE_EXTENSION -> c.approveExtension(who, CALENDAR.deadline(c.deadline(), c.extensionPendingDays()));
            case REFUSE_EXTENSION -> c.refuseExtension(who, note);
            case DEFER -> c.defer(who, note, s.at());
            case RESUME -> c.resume(who, c.deadline() == null ? null
                    : CALENDAR.deadline(c.deadline(), CALENDAR.workingDaysBetween(c.deferredAt(), s.at())));
            case SUPERVISE -> c.supervise(who, (String) data.get("documentNumber"));
            case REOPEN -> c.reopen(who, note);
        };
    }
}
