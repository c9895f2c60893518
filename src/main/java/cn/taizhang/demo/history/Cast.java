package cn.taizhang.demo.history;

import cn.taizhang.organisation.Role;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Who plays each part in a case: the town's dispatchers and leaders, the unit's handlers, the grid's
 * worker, an inspector for inspection findings. Always the people whose jurisdiction covers the grid
 * most closely, so that the lifecycle's capacity check passes for the right reason.
 */
final class Cast {

    private final List<Person> staff;
    private final List<Unit> units;
    private final Map<String, List<Person>> chosen = new HashMap<>();

    Cast(List<Person> staff, List<Unit> units) {
        this.staff = List.copyOf(staff);
        this.units = List.copyOf(units);
    }

    Person dispatcher(String grid, SplittableRandom random) {
        return pick("D" + grid, grid, p -> p.roles().contains(Role.DISPATCHER) && p.departmentId() == null, random);
    }

    Person leader(String grid, SplittableRandom random) {
        return pick("L" + grid, grid, p -> p.roles().contains(Role.LEADER) && p.departmentId() == null, random);
    }

    /** The grid's own worker, or null where the grid has none. */
    Person gridWorker(String grid, SplittableRandom random) {
        List<Person> found = closest("G" + grid, grid, p -> p.roles().contains(Role.GRID_WORKER));
        return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
    }

    Person handler(long unitId, String grid, SplittableRandom random) {
        return pick("H" + unitId + grid, grid, p -> p.roles().contains(Role.HANDLER) && Objects.equals(p.departmentId(), unitId), random);
    }

    /** An inspector of the responsible department, else of the town's office, else any covering the grid. */
    Person inspector(Long unitId, String grid, SplittableRandom random) {
        Predicate<Person> inspects = p -> p.roles().contains(Role.INSPECTOR);
        List<Person> found = unitId == null ? List.of()
                : closest("I" + unitId + grid, grid, inspects.and(p -> unitId.equals(p.departmentId())));
        if (found.isEmpty()) {
            Long office = office(grid) == null ? null : office(grid).id();
            found = closest("I" + office + grid, grid, inspects.and(p -> Objects.equals(p.departmentId(), office)));
        }
        if (found.isEmpty()) {
            found = closest("I*" + grid, grid, inspects);
        }
        return found.isEmpty() ? dispatcher(grid, random) : found.get(random.nextInt(found.size()));
    }

    /** The unit a case goes to first: the one the rules suggest, else (a unit chosen at dispatch) mostly the town's office. */
    long firstUnit(String grid, Long suggested, SplittableRandom random) {
        if (suggested != null) {
            return suggested;
        }
        Unit office = office(grid);
        Unit department = department(grid, null, random);
        return office != null && (department == null || random.nextDouble() < 0.6) ? office.id() : department.id();
    }

    /** The 镇街 office serving the grid, if there is one. */
    Unit office(String grid) {
        return units.stream().filter(u -> u.office() && grid.startsWith(u.areaCode())).findFirst().orElse(null);
    }

    /** A department serving the grid other than {@code except}; null if there is none. */
    Unit department(String grid, Long except, SplittableRandom random) {
        List<Unit> serving = units.stream().filter(u -> !u.office() && grid.startsWith(u.areaCode()) && !Objects.equals(u.id(), except))
                .toList();
        return serving.isEmpty() ? null : serving.get(random.nextInt(serving.size()));
    }

    private Person pick(String key, String grid, Predicate<Person> role, SplittableRandom random) {
        List<Person> found = closest(key, grid, role);
        if (found.isEmpty()) {
            throw new IllegalStateException("nobody to act in grid " + grid + " (" + key.charAt(0) + ")");
        }
        return found.get(random.nextInt(found.size()));
    }

    /** Those matching whose jurisdiction covers the grid with the longest code (the town's before the city's). */
    private List<Person> closest(String key, String grid, Predicate<Person> role) {
        return chosen.computeIfAbsent(key, k -> {
            List<Person> covering = staff.stream().filter(role).filter(p -> grid.startsWith(p.jurisdiction())).toList();
            int longest = covering.stream().map(p -> p.jurisdiction().length()).max(Comparator.naturalOrder()).orElse(0);
            return covering.stream().filter(p -> p.jurisdiction().length() == longest).sorted(Comparator.comparingLong(Person::id)).toList();
        });
    }
}
