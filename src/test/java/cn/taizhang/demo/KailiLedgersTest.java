package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.registry.place.NewPlace;
import cn.taizhang.registry.project.NewProject;
import cn.taizhang.registry.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The place and project generators alone (no database): every year's totals hold exactly, names are unique, runs repeat. */
class KailiLedgersTest {

    static List<KailiOrganisation.Town> towns;
    static Map<String, String> villages;
    static List<String> grids;
    static List<NewPlace> places;
    static KailiProjects.Ledger projects;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @BeforeAll
    static void generate() {
        KailiTerritory kaili = KailiTerritory.generate();
        towns = KailiDemoFiles.towns(kaili.divisionsCsv());
        villages = KailiDemoFiles.villages(kaili.divisionsCsv());
        grids = KailiDemoFiles.gridCodes(kaili.gridsGeoJson());
        places = KailiPlaces.ledger(towns, villages, grids);
        projects = KailiProjects.ledger(villages, places, TODAY);
    }

    @Test
    void eachPlanYearsAlleysAddUpToItsTotals() {
        for (KailiProjects.Plan plan : List.of(KailiProjects.ALLEYS_2021, KailiProjects.ALLEYS_2022, KailiProjects.ALLEYS_2023)) {
            List<NewProject> alleys = projects.projects().stream().filter(p -> p.kindCode().equals("back_alley") && p.year() == plan.year()).toList();
            assertThat(alleys).as("" + plan.year()).hasSize(plan.count());
            assertThat(alleys.stream().mapToInt(NewProject::households).sum()).isEqualTo(plan.households());
            assertThat(alleys.stream().mapToInt(NewProject::beneficiaries).sum()).isEqualTo(plan.beneficiaries());
            assertThat(alleys.stream().map(NewProject::lengthM).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("" + plan.lengthM());
            assertThat(alleys.stream().map(NewProject::investment).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(plan.investment());
            assertThat(alleys).allMatch(p -> p.households() > 0 && p.beneficiaries() >= p.households() && p.lengthM().signum() > 0
                    && p.areaCode().length() == 12 && villages.containsKey(p.areaCode()));
        }
        assertThat(projects.projects().stream().filter(p -> p.year() == 2021 && p.kindCode().equals("back_alley")))
                .allMatch(p -> p.status() == ProjectStatus.COMPLETED);
    }

    @Test
    void fifteenFitnessPointsInTheSeedsTownsEachBuiltIn2021() {
        List<NewPlace> points = places.stream().filter(p -> p.typeCode().equals("fitness_point")).toList();
        Map<String, String> names = towns.stream().collect(Collectors.toMap(KailiOrganisation.Town::code, KailiOrganisation.Town::name));
        assertThat(points).hasSize(15);
        assertThat(points.stream().map(p -> names.get(p.gridCode().substring(0, 9))).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(KailiPlaces.FITNESS_TOWNS));
        assertThat(projects.projects().stream().filter(p -> p.kindCode().equals("fitness_point")).map(NewProject::name))
                .containsExactlyInAnyOrderElementsOf(points.stream().map(p -> p.name() + "建设").toList());
        assertThat(places.stream().filter(p -> p.typeCode().equals("park"))).hasSize(70);
    }

    @Test
    void keysAreUniqueNotesAreNotInTheFutureAndTheGeneratorsRepeat() {
        assertThat(places.stream().map(NewPlace::key)).doesNotHaveDuplicates();
        assertThat(projects.projects().stream().map(NewProject::key)).doesNotHaveDuplicates();
        assertThat(projects.notes()).allMatch(n -> !n.date().isAfter(TODAY) && n.index() < projects.projects().size());
        assertThat(KailiPlaces.ledger(towns, villages, grids)).isEqualTo(places);
        assertThat(KailiProjects.ledger(villages, places, TODAY)).isEqualTo(projects);
        assertThat(places.stream().map(NewPlace::gridCode)).allMatch(grids::contains);
    }
}
