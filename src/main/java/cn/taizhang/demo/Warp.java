package cn.taizhang.demo;

import java.util.Random;

import org.locationtech.jts.geom.Coordinate;

/**
 * A smooth, gentle distortion of the plane (a sum of a few sine waves in random directions).
 * Measuring "which seat is nearest" in warped space bends the otherwise straight Voronoi boundaries
 * into meandering lines, as real boundaries follow ridges and rivers. Each wave's slope is kept
 * small so the warp never folds the plane: territories stay in one piece and in the same order.
 */
final class Warp {

    /** Amplitude per unit wavelength: three waves at 0.05 keep the total slope below 1 (no folding). */
    private static final double STEEPNESS = 0.05;

    private final double[][] waves;

    private Warp(double[][] waves) {
        this.waves = waves;
    }

    /** One wave per wavelength given (metres), with random direction, phase and displacement. */
    static Warp random(Random random, double... wavelengths) {
        double[][] waves = new double[wavelengths.length][];
        for (int i = 0; i < wavelengths.length; i++) {
            double along = random.nextDouble() * Math.PI;
            double across = random.nextDouble() * 2 * Math.PI;
            double k = 2 * Math.PI / wavelengths[i];
            waves[i] = new double[] {k * Math.cos(along), k * Math.sin(along), random.nextDouble() * 2 * Math.PI,
                STEEPNESS * wavelengths[i] * Math.cos(across), STEEPNESS * wavelengths[i] * Math.sin(across)};
        }
        return new Warp(waves);
    }

    Coordinate apply(Coordinate p) {
        double x = p.x;
        double y = p.y;
        for (double[] w : waves) {
            double s = Math.sin(w[0] * p.x + w[1] * p.y + w[2]);
            x += w[3] * s;
            y += w[4] * s;
        }
        return new Coordinate(x, y);
    }
}
