package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Cuts a region into the Voronoi cells of its sites, one polygon per site. Clipping to a non-convex
 * region can split a cell; the stray pieces are merged into the neighbour they share most border
 * with, so every result is one Polygon and the pieces still tile the region.
 */
final class Partition {

    /** Pieces smaller than this (m²) are floating-point dust from the overlay, not territory. */
    private static final double DUST = 1e-3;

    private Partition() {
    }

    static List<Polygon> voronoi(Polygon region, List<Coordinate> sites) {
        if (sites.size() == 1) {
            return List.of(region);
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        // Unclipped cells: the region cuts them anyway, and the builder's own envelope clip is slow.
        @SuppressWarnings("unchecked")
        List<Polygon> diagram = builder.getSubdivision().getVoronoiCellPolygons(Geo.FACTORY);
        Map<Coordinate, Integer> index = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            if (index.put(sites.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate site " + sites.get(i));
            }
        }
        Geometry[] pieces = new Geometry[sites.size()];
        for (Polygon cell : diagram) {
            int i = index.get((Coordinate) cell.getUserData());
            pieces[i] = OverlayNGRobust.overlay(cell, region, OverlayNG.INTERSECTION);
        }
        return repair(List.of(pieces), sites);
    }

    /** Keeps, for each site, the piece that holds it, and hands the other pieces to neighbours. */
    static List<Polygon> repair(List<Geometry> pieces, List<Coordinate> sites) {
        List<Polygon> main = new ArrayList<>(pieces.size());
        List<Polygon> orphans = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            List<Polygon> parts = polygons(pieces.get(i));
            if (parts.isEmpty()) {
                throw new IllegalStateException("site " + sites.get(i) + " lies outside the region");
            }
            Polygon keep = parts.get(0);
            if (parts.size() > 1) {
                Coordinate site = sites.get(i);
                keep = parts.stream().filter(p -> SimplePointInAreaLocator.locate(site, p) != Location.EXTERIOR)
                        .findFirst().orElse(parts.stream().max(Comparator.comparingDouble(Polygon::getArea)).get());
            }
            main.add(keep);
            for (Polygon p : parts) {
                if (p != keep) {
                    orphans.add(p);
                }
            }
        }
        boolean progress = true;
        while (!orphans.isEmpty() && progress) {
            progress = false;
            for (var it = orphans.iterator(); it.hasNext(); ) {
                Polygon orphan = it.next();
                int target = neighbour(orphan, main);
                if (target >= 0) {
                    Geometry merged = OverlayNGRobust.union(List.of(main.get(target), orphan));
                    List<Polygon> parts = polygons(merged);
                    if (parts.size() == 1) {
                        main.set(target, parts.get(0));
                        it.remove();
                        progress = true;
                    }
                }
            }
        }
        if (!orphans.isEmpty()) {
            throw new IllegalStateException(orphans.size() + " pieces of the partition touch no neighbour");
        }
        return main;
    }

    /**
     * The polygon sharing the longest border with the orphan, or -1. Borders are usually shared
     * exactly (both sides come from one diagram); a hair's-breadth buffer catches the rest.
     */
    private static int neighbour(Polygon orphan, List<Polygon> main) {
        Envelope near = new Envelope(orphan.getEnvelopeInternal());
        near.expandBy(0.01);
        Geometry border = orphan.getBoundary();
        for (double tolerance : new double[] {0, 0.01}) {
            int best = -1;
            double bestShared = 0;
            for (int i = 0; i < main.size(); i++) {
                if (main.get(i).getEnvelopeInternal().intersects(near)) {
                    Geometry other = tolerance == 0 ? main.get(i) : main.get(i).buffer(tolerance);
                    double shared = OverlayNGRobust.overlay(border, other, OverlayNG.INTERSECTION).getLength();
                    if (shared > bestShared) {
                        best = i;
                        bestShared = shared;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    static List<Polygon> polygons(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && p.getArea() > DUST) {
                parts.add(p);
            }
        }
        return parts;
    }
}
