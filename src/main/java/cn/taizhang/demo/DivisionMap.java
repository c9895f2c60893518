package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Cuts the county into villages in one go. A jittered lattice of sample points covers the county
 * (finer in the city); each sample goes to a town by weighted distance to the seats, then to a
 * village of that town by weighted distance to the village sites. One Voronoi diagram of sites and
 * samples is built, and a village is the union of the cells of its points. Because every boundary
 * is an edge of that single diagram, neighbouring villages — and towns, and the county edge — share
 * their boundaries exactly, which lets the whole coverage be smoothed at once without opening gaps.
 */
final class DivisionMap {

    private static final double RURAL_SPACING = 600;
    private static final double CITY_SPACING = 200;
    /** Half-width (m) of the square round {@link Geo#CITY_CENTRE} that holds every 街道. */
    private static final double CITY_EXTENT = 15_000;
    /** Samples outside the outline, up to this far out (m), close off the county's edge. */
    private static final double OUTSIDE_BAND = 1_000;
    private static final int OUTSIDE = -1;

    private final TownLayout layout;
    private final IndexedPointInAreaLocator inCounty;
    private final List<Coordinate> samples;
    private final int[] townOf;

    private DivisionMap(Polygon county, TownLayout layout, Random random) {
        this.layout = layout;
        this.inCounty = new IndexedPointInAreaLocator(county);
        this.samples = samples(county, random);
        this.townOf = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            townOf[i] = inCounty(samples.get(i)) ? layout.townOf(samples.get(i)) : OUTSIDE;
        }
    }

    /** Village code → territory (local metres), for every village of every town. */
    static Map<String, Polygon> cut(Polygon county, TownLayout layout, Map<String, List<Division>> villagesByTown,
                                    Random random) {
        // Village lines meander too, on a smaller scale than town lines.
        Warp warp = Warp.random(random, 4_000, 2_000, 1_000);
        DivisionMap map = new DivisionMap(county, layout, random);
        List<VillageLayout.Site> sites = new ArrayList<>();
        List<List<Integer>> sitesByTown = new ArrayList<>();
        for (int t = 0; t < layout.towns().size(); t++) {
            TownLayout.Town town = layout.towns().get(t);
            List<Integer> indices = new ArrayList<>();
            for (VillageLayout.Site site : VillageLayout.place(town,
                    villagesByTown.getOrDefault(town.division().code(), List.of()), map.inTown(t), random)) {
                indices.add(sites.size());
                sites.add(site);
            }
            sitesByTown.add(indices);
        }
        List<Polygon> villages = map.territories(sites, sitesByTown, warp);
        double[] tolerances = new double[sites.size()];
        for (int v = 0; v < sites.size(); v++) {
            tolerances[v] = 0.8 * (sites.get(v).town().division().isStreet() ? CITY_SPACING : RURAL_SPACING);
        }
        // Smooths away the saw-teeth of the sample cells; on a coverage, so neighbours stay flush.
        CoverageSimplifier simplifier = new CoverageSimplifier(villages.toArray(Geometry[]::new));
        simplifier.setSmoothWeight(1);
        simplifier.setRemovableRingSizeFactor(0); // never drop an enclave
        Geometry[] smooth = simplifier.simplify(tolerances);
        Map<String, Polygon> result = new LinkedHashMap<>();
        for (int v = 0; v < sites.size(); v++) {
            result.put(sites.get(v).village().code(), (Polygon) smooth[v]);
        }
        return result;
    }

    private boolean inCounty(Coordinate c) {
        return inCounty.locate(c) == Location.INTERIOR;
    }

    /** Where the town's villages may go: its samples' extent, tested point by point. */
    private Sampling inTown(int town) {
        Envelope extent = new Envelope(layout.towns().get(town).seat());
        for (int i = 0; i < samples.size(); i++) {
            if (townOf[i] == town) {
                extent.expandToInclude(samples.get(i));
            }
        }
        extent.expandBy(RURAL_SPACING);
        return new Sampling(extent, c -> inCounty(c) && layout.townOf(c) == town, layout.towns().get(town).seat());
    }

    /** One polygon per site: the union of the Voronoi cells of the site and of its samples. */
    private List<Polygon> territories(List<VillageLayout.Site> sites, List<List<Integer>> sitesByTown, Warp warp) {
        List<Coordinate> warpedSites = sites.stream().map(site -> warp.apply(site.at())).toList();
        Map<Coordinate, Integer> owner = new HashMap<>();
        List<Coordinate> points = new ArrayList<>();
        for (int v = 0; v < sites.size(); v++) {
            owner.put(sites.get(v).at(), v);
            points.add(sites.get(v).at());
        }
        for (int i = 0; i < samples.size(); i++) {
            Coordinate s = samples.get(i);
            if (!owner.containsKey(s)) {
                owner.put(s, townOf[i] == OUTSIDE ? OUTSIDE
                        : village(warp.apply(s), sitesByTown.get(townOf[i]), sites, warpedSites));
                points.add(s);
            }
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(points);
        @SuppressWarnings("unchecked")
        List<Polygon> diagram = builder.getSubdivision().getVoronoiCellPolygons(Geo.FACTORY);
        List<List<Geometry>> cells = new ArrayList<>();
        sites.forEach(s -> cells.add(new ArrayList<>()));
        for (Polygon cell : diagram) {
            int v = owner.get((Coordinate) cell.getUserData());
            if (v != OUTSIDE) {
                cells.get(v).add(cell);
            }
        }
        List<Geometry> pieces = new ArrayList<>();
        for (List<Geometry> own : cells) {
            // Cells of one diagram share their edges exactly, so the fast coverage union applies.
            pieces.add(own.size() == 1 ? own.get(0) : CoverageUnion.union(own.toArray(Geometry[]::new)));
        }
        return Partition.repair(pieces, sites.stream().map(VillageLayout.Site::at).toList());
    }

    /** The village of the town nearest in warped distance / weight (a town without villages leaves a hole). */
    private static int village(Coordinate warped, List<Integer> candidates, List<VillageLayout.Site> sites,
                               List<Coordinate> warpedSites) {
        int best = OUTSIDE;
        double bestDistance = Double.MAX_VALUE;
        for (int v : candidates) {
            double d = warped.distance(warpedSites.get(v)) / sites.get(v).weight();
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Samples over the county and a band round it (the band's samples are "outside" and close off
     * the county edge): coarse in the 镇, fine in the 街道, whose 社区 are only a few blocks each.
     */
    private List<Coordinate> samples(Polygon county, Random random) {
        Predicate<Coordinate> inStreet = c -> inCounty(c) && layout.towns().get(layout.townOf(c)).division().isStreet();
        Sampling inBand = Sampling.of(county.buffer(OUTSIDE_BAND, 2));
        List<Coordinate> points = new ArrayList<>();
        for (Coordinate c : inBand.jitteredLattice(RURAL_SPACING, random)) {
            if (!inStreet.test(c)) {
                points.add(c);
            }
        }
        Envelope city = new Envelope(-CITY_EXTENT, CITY_EXTENT, -CITY_EXTENT, CITY_EXTENT);
        points.addAll(new Sampling(city, inStreet, new Coordinate(0, 0)).jitteredLattice(CITY_SPACING, random));
        return points;
    }
}
