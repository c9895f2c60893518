package cn.taizhang.territory.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Finds grids whose polygons overlap a sibling's (same group, i.e. same village). Only an intersection
 * of more than {@link #MIN_AREA} counts: neighbours share edges, and digitised edges carry float noise.
 * Candidates come from an STR-tree, so a file of thousands of grids is checked in near-linear time.
 */
public final class Overlaps {

    /** Square degrees; about 10 m² at Kaili's latitude. */
    public static final double MIN_AREA = 1e-9;

    /** A polygon to check: its code, its group (the village code) and its shape. */
    public record Shape(String code, String group, Geometry geometry) {
    }

    /** Incoming shape number {@code incoming} overlaps {@code otherCode} by {@code area} square degrees. */
    public record Overlap(int incoming, String otherCode, double area) {
    }

    private record Candidate(int incoming, Shape shape) {
    }

    private Overlaps() {
    }

    /**
     * Checks every incoming shape against the other incoming shapes and the existing ones. An overlap
     * between two incoming shapes is reported for both. Existing shapes that the incoming ones replace
     * must be left out by the caller.
     */
    public static List<Overlap> find(List<Shape> incoming, List<Shape> existing) {
        STRtree tree = new STRtree();
        for (int i = 0; i < incoming.size(); i++) {
            tree.insert(incoming.get(i).geometry().getEnvelopeInternal(), new Candidate(i, incoming.get(i)));
        }
        existing.forEach(s -> tree.insert(s.geometry().getEnvelopeInternal(), new Candidate(-1, s)));
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            Shape shape = incoming.get(i);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape.geometry());
            int self = i;
            tree.query(shape.geometry().getEnvelopeInternal(), item -> {
                Candidate other = (Candidate) item;
                // each incoming pair once (other.incoming > self); existing ones always
                boolean unseen = other.incoming() < 0 || other.incoming() > self;
                if (unseen && other.shape().group().equals(shape.group()) && !other.shape().code().equals(shape.code())
                        && prepared.intersects(other.shape().geometry())) {
                    double area = intersectionArea(shape.geometry(), other.shape().geometry());
                    if (area > MIN_AREA) {
                        overlaps.add(new Overlap(self, other.shape().code(), area));
                        if (other.incoming() >= 0) {
                            overlaps.add(new Overlap(other.incoming(), shape.code(), area));
                        }
                    }
                }
            });
        }
        overlaps.sort(Comparator.comparingInt(Overlap::incoming).thenComparing(Overlap::otherCode));
        return overlaps;
    }

    private static double intersectionArea(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    }
}
