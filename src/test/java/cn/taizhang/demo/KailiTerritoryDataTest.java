package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The tree and the overlays: codes, names, resettlement units, the CSV, determinism. */
class KailiTerritoryDataTest {

    private final KailiTerritory territory = Generated.territory();
    private final List<Division> input = Generated.input();

    @Test
    void everyVillageOfTheCsvHasAGrid() {
        Set<String> withGrids = territory.grids().stream().map(KailiTerritory.Grid::villageCode).collect(Collectors.toSet());
        List<String> villages = input.stream().filter(Division::isVillage).map(Division::code).toList();
        assertThat(villages).hasSizeGreaterThan(250);
        assertThat(withGrids).containsAll(villages);
    }

    @Test
    void gridsAreNumberedWithinTheirVillage() {
        KailiTerritory.Grid first = grid("522601002002001");
        assertThat(first.name()).isEqualTo("市府社区第1网格");
        assertThat(grid("522601002200001").name()).isEqualTo("金井村第1网格");
        Map<String, List<String>> byVillage = territory.grids().stream().collect(Collectors.groupingBy(
                KailiTerritory.Grid::villageCode, Collectors.mapping(KailiTerritory.Grid::code, Collectors.toList())));
        byVillage.forEach((village, codes) -> {
            for (int i = 0; i < codes.size(); i++) {
                assertThat(codes.get(i)).isEqualTo(village + String.format("%03d", i + 1));
            }
        });
    }

    @Test
    void resettlementAreasHaveTenUnitsAndFortyNineGrids() {
        List<Division> output = Division.parse(territory.divisionsCsv());
        Set<String> inputCodes = input.stream().map(Division::code).collect(Collectors.toSet());
        List<Division> added = output.stream().filter(d -> !inputCodes.contains(d.code())).toList();
        assertThat(added).hasSize(10).allSatisfy(d -> {
            assertThat(d.isVillage()).isTrue();
            assertThat(d.code()).matches("\\d{12}");
            assertThat(inputCodes).contains(d.parentCode());
        });
        assertThat(added.stream().filter(d -> d.name().endsWith("社区居委会"))).hasSize(2);
        assertThat(added.stream().filter(d -> !d.name().endsWith("社区居委会") && d.name().endsWith("居委会"))).hasSize(8);
        assertThat(added.stream().map(Division::parentCode).collect(Collectors.toSet()))
                .contains("522601008000", "522601009000").hasSize(5);

        List<OverlaySpec> areas = territory.overlays().stream().filter(o -> o.kind().equals("resettlement_area")).toList();
        assertThat(areas).hasSize(5).allSatisfy(o -> assertThat(o.name()).endsWith("集中安置区"));
        assertThat(areas.stream().map(OverlaySpec::code)).containsExactly("RA01", "RA02", "RA03", "RA04", "RA05");
        Set<String> members = areas.stream().flatMap(o -> o.areaCodes().stream()).collect(Collectors.toSet());
        assertThat(members).isEqualTo(added.stream().map(Division::code).collect(Collectors.toSet()));
        long grids = territory.grids().stream().filter(g -> members.contains(g.villageCode())).count();
        assertThat(grids).isEqualTo(49);
    }

    @Test
    void developmentZonesListTheirTowns() {
        Map<String, OverlaySpec> zones = territory.overlays().stream().filter(o -> o.kind().equals("development_zone"))
                .collect(Collectors.toMap(OverlaySpec::code, o -> o));
        assertThat(zones).containsOnlyKeys("QDN-HTZ", "LUBI-EDZ");
        assertThat(zones.get("QDN-HTZ").name()).isEqualTo("黔东南高新区");
        assertThat(zones.get("QDN-HTZ").areaCodes()).containsExactlyInAnyOrder("522601006000", "522601007000");
        assertThat(zones.get("LUBI-EDZ").name()).isEqualTo("炉碧经济开发区");
        assertThat(zones.get("LUBI-EDZ").areaCodes())
                .containsExactlyInAnyOrder("522601105000", "522601106000", "522601107000");
    }

    @Test
    void divisionsCsvIsTheInputPlusTheResettlementRows() {
        String out = territory.divisionsCsv();
        assertThat(out).startsWith("code,parent_code,name,level,urban_rural_class,lng,lat\r\n");
        Set<String> added = territory.overlays().stream().filter(o -> o.kind().equals("resettlement_area"))
                .flatMap(o -> o.areaCodes().stream()).collect(Collectors.toSet());
        String withoutAdded = out.lines().filter(l -> !added.contains(l.split(",")[0]))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        assertThat(withoutAdded).isEqualTo(Generated.inputText());
        assertThat(out.lines()).hasSize(input.size() + 1 + 10);
    }

    @Test
    void isDeterministic() {
        KailiTerritory again = KailiTerritory.generate();
        assertThat(again.gridsGeoJson()).isEqualTo(territory.gridsGeoJson());
        assertThat(again.divisionsCsv()).isEqualTo(territory.divisionsCsv());
        assertThat(again.overlays()).isEqualTo(territory.overlays());
    }

    private KailiTerritory.Grid grid(String code) {
        return territory.grids().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }
}
