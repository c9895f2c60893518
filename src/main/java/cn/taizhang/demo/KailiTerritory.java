package cn.taizhang.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Polygon;

/**
 * Demo territory for 凯里市: the statistical divisions plus made-up resettlement units, about 1,500
 * grid polygons tiling the county without overlap, and the overlays (development zones and
 * resettlement areas). Plausible, not real: town seats and a few villages sit at their real places,
 * everything else is synthesized from a fixed seed, so every run gives byte-identical output.
 * <p>
 * Territories are cut top-down: a stand-in county outline ({@link CountyOutline}); 镇街 seats and
 * reach ({@link TownLayout}); 村/居/社区 placed in their town ({@link VillageLayout}) and cut out of
 * the county as one coverage ({@link DivisionMap}); each village cut into its grids
 * ({@link GridLayout}); and all grids rounded to 7 decimals together ({@link CoverageRounding}) so
 * that they stay flush.
 */
public final class KailiTerritory {

    /** A grid of the output: WGS-84 polygon rounded to 7 decimals. */
    record Grid(String code, String name, String villageCode, Polygon polygon) {
    }

    private static final String RESOURCE = "/demo/kaili-522601-divisions.csv";
    /** Fixed so that the demo looks the same on every machine and every run. */
    private static final long SEED = 522_601L;

    private final String divisionsCsv;
    private final List<Grid> grids;
    private final Map<String, Polygon> villageCells;
    private final List<OverlaySpec> overlays;
    private final String gridsGeoJson;

    private KailiTerritory(String divisionsCsv, List<Grid> grids, Map<String, Polygon> villageCells,
                           List<OverlaySpec> overlays) {
        this.divisionsCsv = divisionsCsv;
        this.grids = List.copyOf(grids);
        this.villageCells = villageCells;
        this.overlays = List.copyOf(overlays);
        this.gridsGeoJson = GridGeoJson.write(this.grids);
    }

    public static KailiTerritory generate() {
        try (InputStream in = KailiTerritory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: " + RESOURCE);
            }
            return generate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KailiTerritory generate(String csv) {
        List<Division> rows = Division.parse(csv);
        Map<String, Integer> fixedGrids = new LinkedHashMap<>();
        List<Division> synthetic = new ArrayList<>();
        for (Resettlement.Unit unit : Resettlement.units()) {
            synthetic.add(unit.division());
            fixedGrids.put(unit.division().code(), unit.grids());
        }
        List<Division> towns = rows.stream().filter(Division::isTown).toList();
        Map<String, List<Division>> villagesByTown = villagesByTown(rows, synthetic, towns);

        Random random = new Random(SEED);
        Polygon county = CountyOutline.polygon(random);
        TownLayout layout = TownLayout.place(county, towns, villagesByTown, random);
        Map<String, Polygon> cells = DivisionMap.cut(county, layout, villagesByTown, random);
        List<Grid> unrounded = new ArrayList<>();
        Map<String, Polygon> villageCells = new LinkedHashMap<>();
        for (List<Division> villages : villagesByTown.values()) {
            for (Division village : villages) {
                Polygon cell = cells.get(village.code());
                villageCells.put(village.code(), (Polygon) Geo.toWgs84(cell));
                int n = fixedGrids.getOrDefault(village.code(), GridLayout.count(village, cell.getArea()));
                // Each village draws from its own stream, so a change in one leaves the others alone.
                List<Polygon> gridCells = GridLayout.cells(cell, n, new Random(SEED ^ Long.parseLong(village.code())));
                for (int j = 0; j < gridCells.size(); j++) {
                    unrounded.add(new Grid(village.code() + String.format("%03d", j + 1),
                            village.shortName() + "第" + (j + 1) + "网格", village.code(),
                            (Polygon) Geo.toWgs84(gridCells.get(j))));
                }
            }
        }
        List<Polygon> rounded = CoverageRounding.round(unrounded.stream().map(Grid::polygon).toList());
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < unrounded.size(); i++) {
            Grid g = unrounded.get(i);
            grids.add(new Grid(g.code(), g.name(), g.villageCode(), rounded.get(i)));
        }
        grids.sort(Comparator.comparing(Grid::code));

        List<OverlaySpec> overlays = new ArrayList<>(Resettlement.overlays());
        overlays.add(new OverlaySpec("QDN-HTZ", "黔东南高新区", "development_zone",
                List.of("522601006000", "522601007000")));
        overlays.add(new OverlaySpec("LUBI-EDZ", "炉碧经济开发区", "development_zone",
                List.of("522601105000", "522601106000", "522601107000")));
        return new KailiTerritory(mergedCsv(csv, rows, synthetic), grids, villageCells, overlays);
    }

    /** Villages of the CSV and the synthetic ones, by town, in code order. */
    private static Map<String, List<Division>> villagesByTown(List<Division> rows, List<Division> synthetic,
                                                              List<Division> towns) {
        Map<String, List<Division>> byTown = new LinkedHashMap<>();
        towns.forEach(t -> byTown.put(t.code(), new ArrayList<>()));
        List<Division> all = new ArrayList<>(rows.stream().filter(Division::isVillage).toList());
        for (Division s : synthetic) {
            if (rows.stream().anyMatch(r -> r.code().equals(s.code()))) {
                throw new IllegalStateException("synthetic unit " + s.code() + " clashes with the CSV");
            }
            all.add(s);
        }
        for (Division v : all) {
            List<Division> list = byTown.get(v.parentCode());
            if (list == null) {
                throw new IllegalStateException("village " + v.code() + " has no town " + v.parentCode());
            }
            list.add(v);
        }
        byTown.values().forEach(list -> list.sort(Comparator.comparing(Division::code)));
        return byTown;
    }

    /**
     * The input untouched — header, line endings (the source has CRLF) and all — with each synthetic
     * row slotted in before the first larger code.
     */
    private static String mergedCsv(String csv, List<Division> rows, List<Division> synthetic) {
        String eol = csv.contains("\r\n") ? "\r\n" : "\n";
        List<Division> pending = new ArrayList<>(synthetic);
        pending.sort(Comparator.comparing(Division::code));
        StringBuilder out = new StringBuilder(csv.substring(0, csv.indexOf(eol))).append(eol);
        for (Division row : rows) {
            while (!pending.isEmpty() && pending.get(0).code().compareTo(row.code()) < 0) {
                out.append(pending.remove(0).line()).append(eol);
            }
            out.append(row.line()).append(eol);
        }
        pending.forEach(p -> out.append(p.line()).append(eol));
        return out.toString();
    }

    /** The divisions CSV (same header and columns as the input) with the resettlement units added. */
    public String divisionsCsv() {
        return divisionsCsv;
    }

    /** The grids as a GeoJSON FeatureCollection (WGS-84), each feature with {@code code} and {@code name}. */
    public String gridsGeoJson() {
        return gridsGeoJson;
    }

    /** Five resettlement areas and two development zones, members by 12-digit code. */
    public List<OverlaySpec> overlays() {
        return overlays;
    }

    List<Grid> grids() {
        return grids;
    }

    /** Each village's territory (WGS-84, before rounding), for checking the grids against. */
    Map<String, Polygon> villageCells() {
        return villageCells;
    }
}
