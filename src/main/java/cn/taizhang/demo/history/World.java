package cn.taizhang.demo.history;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.cases.bulk.TypeRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * What a history is made in and of: the days it covers (reports from {@code firstDay} to {@code lastDay},
 * everything before {@code now}), the seed, the grids, the type catalogue and known sectors, the staff and
 * units, the unit the rules suggest for a report, and the enterprises inspections find hazards at.
 */
public record World(WorkingDays calendar, LocalDate firstDay, LocalDate lastDay, OffsetDateTime now, long seed, List<Spot> spots,
        List<TypeRule> types, Set<String> sectors, List<Person> staff, List<Unit> units, Simulator.Suggestion suggestion,
        Simulator.Inspected inspected) {
}
