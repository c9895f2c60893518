package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Places the 20 镇街 and says how far each reaches. A point belongs to the town whose seat is
 * nearest in distance / weight (a multiplicatively weighted Voronoi diagram), measured through a
 * {@link Warp} so that boundaries meander: a 街道 has a small weight and so a compact territory in
 * the city, a 镇 a large one in the hills.
 */
final class TownLayout {

    record Town(Division division, Coordinate seat, double weight, Coordinate warpedSeat) {
    }

    /**
     * Approximate seats (WGS-84) of the 镇街 the CSV gives no point for: 城西, 大十字 and 鸭塘 at the
     * middle of their known 社区/村; 开怀 between the city and 三棵树 (its one known 村, 挂丁, sits on the
     * 三棵树 border); the 2022 resettlement 街道 白午 and 白果井 on the city's north-western and
     * north-eastern edges (made up: their territory is new); 大风洞 in the hills north of 炉山.
     */
    private static final Map<String, double[]> SEATS = Map.of(
            "522601001000", new double[] {107.961, 26.575},
            "522601002000", new double[] {107.983, 26.571},
            "522601006000", new double[] {107.928, 26.545},
            "522601007000", new double[] {108.035, 26.556},
            "522601008000", new double[] {107.950, 26.592},
            "522601009000", new double[] {108.006, 26.612},
            "522601111000", new double[] {107.830, 26.735});

    private final List<Town> towns;
    private final Warp warp;

    private TownLayout(List<Town> towns, Warp warp) {
        this.towns = towns;
        this.warp = warp;
    }

    static TownLayout place(Polygon county, List<Division> towns, Map<String, List<Division>> villagesByTown,
                            Random random) {
        Warp warp = Warp.random(random, 12_000, 7_000, 3_000);
        Sampling inCounty = Sampling.of(county);
        List<Town> placed = new ArrayList<>();
        List<Coordinate> seats = new ArrayList<>();
        for (Division town : towns) {
            Coordinate seat = seat(town, seats, inCounty, random);
            seats.add(seat);
            List<Division> villages = villagesByTown.getOrDefault(town.code(), List.of());
            long committees = villages.stream().filter(Division::isVillageCommittee).count();
            // A 街道 is a few city blocks per 社区 plus as much countryside as it has 村 to govern;
            // a 镇 grows with its villages.
            double weight = town.isStreet() ? 0.08 + 0.02 * (villages.size() - committees) + 0.05 * committees
                    : 0.75 + 0.012 * villages.size();
            placed.add(new Town(town, seat, weight, warp.apply(seat)));
        }
        return new TownLayout(placed, warp);
    }

    List<Town> towns() {
        return towns;
    }

    /** The index of the town a point belongs to. */
    int townOf(Coordinate p) {
        Coordinate q = warp.apply(p);
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < towns.size(); i++) {
            double d = q.distance(towns.get(i).warpedSeat()) / towns.get(i).weight();
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The CSV's point, else the table above, else a made-up one (街道 in the city, 镇 around it). */
    private static Coordinate seat(Division town, List<Coordinate> placed, Sampling inCounty, Random random) {
        if (town.location() != null) {
            return Geo.local(town.location());
        }
        double[] known = SEATS.get(town.code());
        if (known != null) {
            return Geo.local(known[0], known[1]);
        }
        if (town.isStreet()) {
            return inCounty.bestCandidate(placed, new Coordinate(0, 0), 4_000, random);
        }
        return inCounty.bestCandidate(placed, null, 0, random);
    }
}
