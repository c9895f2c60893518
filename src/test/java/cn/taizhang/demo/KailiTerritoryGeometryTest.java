package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The grid map: sizes, validity, no overlaps, nesting, the GeoJSON, the time it takes. */
class KailiTerritoryGeometryTest {

    private final KailiTerritory territory = Generated.territory();
    private final List<Division> input = Generated.input();

    @Test
    void generatesAboutFifteenHundredGrids() {
        assertThat(territory.grids()).hasSizeBetween(1_350, 1_650);
    }

    @Test
    void everyGridIsAValidPolygonWithAFifteenDigitCode() {
        for (KailiTerritory.Grid g : territory.grids()) {
            assertThat(g.polygon().isValid()).as(g.code()).isTrue();
            assertThat(g.polygon().isEmpty()).as(g.code()).isFalse();
            assertThat(g.code()).matches("\\d{15}");
        }
        assertThat(territory.grids().stream().map(KailiTerritory.Grid::code)).doesNotHaveDuplicates();
    }

    @Test
    void noTwoGridsOverlap() {
        STRtree index = new STRtree();
        territory.grids().forEach(g -> index.insert(g.polygon().getEnvelopeInternal(), g));
        double worst = 0;
        int pairs = 0;
        for (KailiTerritory.Grid a : territory.grids()) {
            for (Object o : index.query(a.polygon().getEnvelopeInternal())) {
                KailiTerritory.Grid b = (KailiTerritory.Grid) o;
                if (a.code().compareTo(b.code()) < 0 && a.polygon().intersects(b.polygon())) {
                    pairs++;
                    double overlap = OverlayNGRobust.overlay(a.polygon(), b.polygon(), OverlayNG.INTERSECTION).getArea();
                    assertThat(overlap).as(a.code() + " ∩ " + b.code()).isLessThanOrEqualTo(1e-10);
                    worst = Math.max(worst, overlap);
                }
            }
        }
        assertThat(pairs).as("neighbouring pairs checked").isGreaterThan(territory.grids().size());
        System.out.printf("grid pairs touching: %d, largest overlap: %.3g deg²%n", pairs, worst);
    }

    @Test
    void gridsTileTheCountyWithoutGaps() {
        Geometry[] grids = territory.grids().stream().map(KailiTerritory.Grid::polygon).toArray(Geometry[]::new);
        assertThat(CoverageValidator.isValid(grids)).as("a clean coverage: edges shared exactly").isTrue();
        Geometry county = CoverageUnion.union(grids);
        assertThat(county.getNumGeometries()).isEqualTo(1);
        assertThat(((Polygon) county).getNumInteriorRing()).as("holes").isZero();
        System.out.printf("county: %.0f km²%n", Geo.squareMetresOfWgs84(county) / 1e6);
        assertThat(Geo.squareMetresOfWgs84(county) / 1e6).isBetween(1_100.0, 1_600.0);
    }

    @Test
    void everyGridLiesInItsVillage() {
        Map<String, Geometry> villages = new HashMap<>();
        // 1e-6° (0.1 m) of slack for the rounding of the grids to 7 decimals.
        territory.villageCells().forEach((code, cell) -> villages.put(code, cell.buffer(1e-6)));
        for (KailiTerritory.Grid g : territory.grids()) {
            assertThat(g.code()).startsWith(g.villageCode());
            assertThat(villages.get(g.villageCode()).covers(g.polygon())).as(g.code()).isTrue();
        }
    }

    @Test
    void knownPointsLieInTheCountyAndSeatsInTheirOwnTown() {
        Map<String, List<Geometry>> byArea = new HashMap<>();
        for (KailiTerritory.Grid g : territory.grids()) {
            byArea.computeIfAbsent(g.code().substring(0, 9) + "000", k -> new ArrayList<>()).add(g.polygon());
            byArea.computeIfAbsent(g.villageCode(), k -> new ArrayList<>()).add(g.polygon());
            byArea.computeIfAbsent("county", k -> new ArrayList<>()).add(g.polygon());
        }
        Map<String, Geometry> unions = new HashMap<>();
        int villages = 0;
        int villagesInside = 0;
        for (Division d : input) {
            if (d.location() == null || d.level().equals("county")) {
                continue;
            }
            Point p = new GeometryFactory().createPoint(d.location());
            Geometry county = unions.computeIfAbsent("county", k -> OverlayNGRobust.union(byArea.get(k)));
            assertThat(county.covers(p)).as(d.name() + " in the county").isTrue();
            boolean own = unions.computeIfAbsent(d.code(), k -> OverlayNGRobust.union(byArea.get(k))).covers(p);
            if (d.isTown()) {
                assertThat(own).as(d.name() + " seat in its town").isTrue();
            } else {
                villages++;
                villagesInside += own ? 1 : 0;
            }
        }
        System.out.printf("known village points inside their own village: %d of %d%n", villagesInside, villages);
        // The rest fell in a neighbouring town's made-up territory (mostly in the city) and were placed anew.
        assertThat(villagesInside).isGreaterThan(villages / 2);
    }

    @Test
    void urbanGridsAreSmallerThanRuralOnes() {
        Map<String, Division> villages = Division.parse(territory.divisionsCsv()).stream()
                .collect(Collectors.toMap(Division::code, d -> d));
        List<Double> urban = new ArrayList<>();
        List<Double> rural = new ArrayList<>();
        for (KailiTerritory.Grid g : territory.grids()) {
            Division v = villages.get(g.villageCode());
            double m2 = Geo.squareMetresOfWgs84(g.polygon());
            if (v.isUrbanCommunity()) {
                urban.add(m2);
            } else if (v.isVillageCommittee()) {
                rural.add(m2);
            }
        }
        double urbanMean = urban.stream().mapToDouble(d -> d).average().orElseThrow();
        double ruralMean = rural.stream().mapToDouble(d -> d).average().orElseThrow();
        System.out.printf("urban grids: %d, mean %.0f m², smallest %.0f m²; rural grids: %d, mean %.0f m²%n",
                urban.size(), urbanMean, urban.stream().mapToDouble(d -> d).min().orElseThrow(),
                rural.size(), ruralMean);
        assertThat(urbanMean).isLessThan(ruralMean / 10).isBetween(10_000.0, 100_000.0);
        // About 100 m across at the least: a grid is never a single building.
        assertThat(urban).allSatisfy(a -> assertThat(a).isGreaterThan(5_000));
    }

    @Test
    void geoJsonParsesWithCodeAndNameOnEveryFeature() {
        JsonNode root = JsonMapper.builder().build().readTree(territory.gridsGeoJson());
        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode features = root.get("features");
        assertThat(features.size()).isEqualTo(territory.grids().size());
        Set<String> codes = new HashSet<>();
        for (JsonNode f : features) {
            assertThat(f.get("type").asString()).isEqualTo("Feature");
            assertThat(f.get("properties").get("code").asString()).matches("\\d{15}");
            assertThat(f.get("properties").get("name").asString()).endsWith("网格");
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("Polygon");
            codes.add(f.get("properties").get("code").asString());
            JsonNode first = f.get("geometry").get("coordinates").get(0).get(0);
            assertThat(first.get(0).asDouble()).isBetween(107.55, 108.30);
            assertThat(first.get(1).asDouble()).isBetween(26.35, 26.90);
        }
        assertThat(codes).hasSize(territory.grids().size());
        assertThat(territory.gridsGeoJson()).doesNotContainPattern("\\d\\.\\d{8}");
    }

    @Test
    void generatesInUnderThreeSeconds() {
        long wall = Generated.wallMillis();
        long cpu = Generated.cpuMillis();
        System.out.printf("first generation: %d ms wall, %d ms CPU%n", wall, cpu);
        // CPU time, not wall time: the generation runs at every first start, and a busy CI machine must not fail it
        assertThat(cpu).as("CPU ms (wall %d ms)", wall).isLessThan(3_000);
    }
}
