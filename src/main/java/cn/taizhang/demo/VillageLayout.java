package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;

/**
 * Places a 镇街's 村/居/社区. The 居委会 and 社区 cluster round the seat (the town centre, or the city
 * blocks of a 街道) and get small weights, so they come out compact; the 村委会 spread over the rest
 * with large weights. Known CSV points are used where they fall inside the town's territory.
 */
final class VillageLayout {

    record Site(TownLayout.Town town, Division village, Coordinate at, double weight) {
    }

    /** Rough area (m²) of one 居委会 or 社区 around a town seat: sets how tight they cluster. */
    private static final double COMMUNITY_AREA = 500_000;
    /** Known points closer than this (m) to an already placed one are treated as unknown. */
    private static final double MIN_SEPARATION = 250;

    private VillageLayout() {
    }

    static List<Site> place(TownLayout.Town town, List<Division> villages, Sampling inTown, Random random) {
        Coordinate[] at = new Coordinate[villages.size()];
        List<Coordinate> placed = new ArrayList<>();
        // Known points first, so that made-up ones keep their distance from them.
        for (int i = 0; i < villages.size(); i++) {
            Coordinate known = villages.get(i).location() == null ? null : Geo.local(villages.get(i).location());
            if (known != null && inTown.contains(known) && Sampling.distance(known, placed) > MIN_SEPARATION) {
                at[i] = known;
                placed.add(known);
            }
        }
        long centreUnits = villages.stream().filter(v -> !v.isVillageCommittee()).count();
        double radius = Math.sqrt(centreUnits * COMMUNITY_AREA / Math.PI);
        for (boolean committees : new boolean[] {false, true}) {
            for (int i = 0; i < villages.size(); i++) {
                if (at[i] == null && villages.get(i).isVillageCommittee() == committees) {
                    at[i] = committees ? inTown.bestCandidate(placed, null, 0, random)
                            : inTown.bestCandidate(placed, town.seat(), radius, random);
                    placed.add(at[i]);
                }
            }
        }
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            sites.add(new Site(town, villages.get(i), at[i], weight(villages.get(i))));
        }
        return sites;
    }

    /** Small weights make compact cells: city 社区 are a few blocks, mountain 村 a whole valley. */
    private static double weight(Division v) {
        if (Resettlement.isUnit(v.code())) {
            return 0.3; // a resettlement estate: blocks of flats on a few hectares
        }
        if (!v.isVillageCommittee()) {
            return v.isUrbanCommunity() ? 0.45 : 0.55;
        }
        return switch (v.urbanRuralClass()) {
            case "111", "112", "121" -> 0.8;
            default -> 1.0;
        };
    }
}
