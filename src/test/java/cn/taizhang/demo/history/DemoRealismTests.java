package cn.taizhang.demo.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.calendar.rules.WorkingDayRules;
import cn.taizhang.cases.bulk.TypeRule;
import cn.taizhang.organisation.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What a user reads in the simulated history: descriptions that rarely repeat, addresses with a road and number, a
 * landmark or a village's group, and 疫情防控 only in 2020–2022. Played without a database in the demo's own villages
 * and communities (the division list), a few grids each, with the full type catalogue and every sector.
 */
class DemoRealismTests {

    static final WorkingDayRules CALENDAR = WorkingDayRules.weekdaysOnly();
    static final String CITY = "522601";

    /** {village code, town name, village name} of every village of the demo's division list. */
    static final List<String[]> VILLAGES = villages();

    static final List<TypeRule> TYPES = List.of(
            new TypeRule("safety_hazard", "sector_department", true, 3, List.of(new TypeRule.Severity("general", 5), new TypeRule.Severity("major", 30))),
            new TypeRule("city_sanitation", "town_office", true, 3, List.of(new TypeRule.Severity("general", 3))),
            new TypeRule("illegal_building", "town_office", true, 5, List.of(new TypeRule.Severity("general", 10))),
            new TypeRule("overhead_cables", "town_office", true, 5, List.of(new TypeRule.Severity("general", 15))),
            new TypeRule("civilisation_review", "town_office", true, 2, List.of(new TypeRule.Severity("general", 3))),
            new TypeRule("enterprise_request", "chosen", false, 5, List.of(new TypeRule.Severity("general", 10), new TypeRule.Severity("hard", 30))),
            new TypeRule("epidemic_key_person", "town_office", true, 1, List.of(new TypeRule.Severity("general", 7))));

    static final Set<String> SECTORS = Set.of("hazardous_chemicals", "fire_safety", "transport", "road_transport", "coal_mining",
            "non_coal_mining", "urban_construction", "industrial_parks", "hazardous_waste", "fireworks", "industry_trade",
            "special_equipment", "town_gas", "tourism", "education", "health_care");

    /** About as many grids as the demo has (1,500 over 217 villages). */
    static final int GRIDS_PER_VILLAGE = 7;

    static List<String[]> villages() {
        Map<String, String> towns = new HashMap<>();
        List<String[]> villages = new ArrayList<>();
        for (String line : csv().split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length > 3 && cells[3].equals("town")) {
                towns.put(cells[0].substring(0, 9), cells[2]);
            } else if (cells.length > 3 && cells[3].equals("village")) {
                villages.add(new String[] {cells[0], cells[1].substring(0, 9), cells[2]});
            }
        }
        return villages.stream().map(v -> new String[] {v[0], towns.get(v[1]), v[2]}).toList();
    }

    static String csv() {
        try (InputStream in = DemoRealismTests.class.getResourceAsStream("/demo/kaili-522601-divisions.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Played> simulate(long cases, LocalDate from, LocalDate to) {
        List<Spot> spots = new ArrayList<>();
        List<Person> staff = new ArrayList<>();
        List<Unit> units = new ArrayList<>(List.of(new Unit(1, "EMERGENCY", false, CITY), new Unit(2, "HOUSING", false, CITY)));
        AtomicLong ids = new AtomicLong(100);
        staff.add(new Person(ids.incrementAndGet(), Set.of(Role.LEADER), CITY, null));
        for (long unit = 1; unit <= 2; unit++) {
            staff.add(new Person(ids.incrementAndGet(), Set.of(Role.HANDLER, Role.INSPECTOR), CITY, unit));
        }
        for (String[] v : VILLAGES) {
            String town = v[0].substring(0, 9);
            if (units.stream().noneMatch(u -> u.areaCode().equals(town))) {
                long office = units.size() + 1;
                units.add(new Unit(office, "OFFICE-" + town, true, town));
                staff.add(new Person(ids.incrementAndGet(), Set.of(Role.DISPATCHER), town, null));
                staff.add(new Person(ids.incrementAndGet(), Set.of(Role.LEADER), town, null));
                staff.add(new Person(ids.incrementAndGet(), Set.of(Role.HANDLER, Role.INSPECTOR), town, office));
            }
            for (int g = 1; g <= GRIDS_PER_VILLAGE; g++) {
                String grid = v[0] + "%03d".formatted(g);
                spots.add(new Spot(grid, v[1], v[2], 26.5, 107.9));
                staff.add(new Person(ids.incrementAndGet(), Set.of(Role.GRID_WORKER), grid, null));
            }
        }
        OffsetDateTime now = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(8));
        World world = new World(CALENDAR, from, to, now, 522_601, spots, TYPES, SECTORS, staff, units,
                (type, sector, grid) -> type.equals("safety_hazard") ? 1L : null, (grid, sector, major, random) -> Optional.empty());
        AtomicLong numbers = new AtomicLong();
        List<Played> played = new ArrayList<>();
        new Simulator(world, new Simulator.Numbering() {
            @Override
            public long[] ids(int count) {
                return LongStream.range(0, count).map(i -> numbers.incrementAndGet()).toArray();
            }

            @Override
            public long reserve(String county, int year, int count) {
                return numbers.getAndAdd(count) + 1;
            }
        }).run(cases, 2_000, chunk -> played.addAll(chunk.played()));
        return played;
    }

    /** The old simulator had 36 descriptions in all: 28,000 reports repeated each about 800 times. */
    @Test
    void aYearOfReportsRarelyRepeatsADescription() {
        List<Played> year = simulate(28_000, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(distinct(year, r -> r.description())).as("distinct descriptions in the year").isGreaterThan(0.9);
        Map<String, List<Played>> byType = year.stream().collect(Collectors.groupingBy(p -> p.report().type().code()));
        assertThat(byType.keySet()).hasSize(TYPES.size() - 1);
        byType.forEach((type, reports) -> {
            if (reports.size() >= 1_000) {
                assertThat(distinct(reports, r -> r.description())).as(type).isGreaterThan(0.85);
            }
        });
        Map<String, Long> counts = year.stream().collect(Collectors.groupingBy(p -> p.report().description(), Collectors.counting()));
        assertThat(counts.values().stream().mapToLong(n -> n).max().orElseThrow()).as("the most repeated description").isLessThan(15);
    }

    /** The old simulator's address was the village committee's name. */
    @Test
    void addressesNameARoadAndNumberALandmarkOrAVillagesGroup() {
        List<Played> year = simulate(10_000, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(distinct(year, r -> r.address())).isGreaterThan(0.5);
        assertThat(year).allSatisfy(p -> {
            String address = p.report().address();
            assertThat(address).as(p.report().spot().villageName()).isNotEqualTo(p.report().spot().villageName())
                    .doesNotEndWith("委会").doesNotContain("{", "}")
                    .matches(".*\\d.*|.*(侧|旁|对面|附近|门口|交叉口|角|村口|组|老厂区)");
        });
        List<Played> city = year.stream().filter(p -> kind(p) == Locality.Kind.CITY).toList();
        List<Played> villages = year.stream().filter(p -> kind(p) == Locality.Kind.VILLAGE).toList();
        assertThat(city).hasSizeGreaterThan(1_000);
        assertThat(villages).hasSizeGreaterThan(3_000);
        // most city addresses are a road of the 街道 with a house number, the rest landmarks and estates
        assertThat(share(city, p -> Phrases.demo().entries("roads." + p.report().spot().townName()).stream()
                .anyMatch(road -> p.report().address().contains(road)) && p.report().address().matches(".*\\d+号.*"))).isGreaterThan(0.5);
        assertThat(share(city, p -> Phrases.demo().entries("landmarks." + p.report().spot().townName()).stream()
                .anyMatch(landmark -> p.report().address().startsWith(landmark)))).isBetween(0.05, 0.3);
        // a village's address names the village, mostly with its group (组)
        assertThat(villages).allSatisfy(p -> assertThat(p.report().address())
                .contains(Locality.shortVillage(p.report().spot().villageName())[0]));
        assertThat(share(villages, p -> p.report().address().contains("组"))).isGreaterThan(0.5);
    }

    /** 疫情防控 key persons were followed up from January 2020 to the end of 2022 (the seeds); the type stays in the catalogue. */
    @Test
    void epidemicCasesOnlyFromTheOutbreakToTheEndOf2022() {
        List<Played> years = simulate(20_000, LocalDate.of(2019, 7, 1), LocalDate.of(2023, 6, 30));
        List<LocalDate> epidemic = years.stream().filter(p -> p.report().type().code().equals("epidemic_key_person"))
                .map(p -> p.reportedAt().toLocalDate()).toList();
        assertThat(epidemic).hasSizeGreaterThan(500)
                .allSatisfy(day -> assertThat(day).isBetween(LocalDate.of(2020, 1, 20), LocalDate.of(2022, 12, 31)));
        assertThat(years.stream().filter(p -> p.reportedAt().getYear() == 2023)).as("other types go on in 2023").hasSizeGreaterThan(2_000);
    }

    private static Locality.Kind kind(Played p) {
        return Locality.of(p.report().spot(), Phrases.demo()).kind();
    }

    private static double distinct(List<Played> played, Function<Report, String> text) {
        return played.stream().map(p -> text.apply(p.report())).distinct().count() / (double) played.size();
    }

    private static double share(List<Played> played, Predicate<Played> test) {
        return played.stream().filter(test).count() / (double) played.size();
    }
}
