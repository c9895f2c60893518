package cn.taizhang.territory.cli;

import cn.taizhang.platform.cli.Command;
import cn.taizhang.territory.geo.GeoJson;
import cn.taizhang.territory.geo.GridIndex;
import cn.taizhang.territory.geo.GridIndex.Grid;
import cn.taizhang.territory.geo.GridLocator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/**
 * Benchmark, not a test: point → grid through the index against a plain linear scan over every polygon,
 * on the same random points (fixed seed) inside the grids' bounding box, in the same run. Prints both
 * rates and their ratio and fails if the two ever disagree.
 */
@Component
class BenchLocateCommand implements Command {

    private static final int DEFAULT_POINTS = 50_000;
    private static final long SEED = 20_260_101L;

    private final GridLocator locator;

    BenchLocateCommand(GridLocator locator) {
        this.locator = locator;
    }

    @Override
    public String name() {
        return "bench-locate";
    }

    @Override
    public String usage() {
        return "[N]  基准测试：N 个随机点（默认 " + DEFAULT_POINTS + "）定位网格，空间索引对比逐个多边形扫描";
    }

    @Override
    public int run(List<String> args) {
        int n = args.isEmpty() ? DEFAULT_POINTS : Integer.parseInt(args.get(0));
        List<Grid> grids = locator.loadGrids();
        if (grids.isEmpty()) {
            System.err.println("数据库中没有网格，请先导入网格");
            return 1;
        }
        GridIndex index = GridIndex.of(grids);
        double[][] points = randomPoints(index.extent(), n);

        String[] indexed = new String[n];
        String[] scanned = new String[n];
        warmUp(points, p -> index.locate(p[0], p[1]));
        warmUp(points, p -> linearScan(grids, p[0], p[1]));
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            indexed[i] = index.locate(points[i][0], points[i][1]).orElse(null);
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            scanned[i] = linearScan(grids, points[i][0], points[i][1]);
        }
        double scanSeconds = (System.nanoTime() - start) / 1e9;

        int hits = 0;
        int mismatches = 0;
        for (int i = 0; i < n; i++) {
            hits += indexed[i] == null ? 0 : 1;
            mismatches += Objects.equals(indexed[i], scanned[i]) ? 0 : 1;
        }
        System.out.printf("网格 %d 个，随机点 %d 个（落在网格内 %d 个），种子 %d%n", grids.size(), n, hits, SEED);
        System.out.printf("空间索引（STRtree + PreparedGeometry）：%,.0f 次/秒，平均 %.2f 微秒/次%n", n / indexSeconds, indexSeconds * 1e6 / n);
        System.out.printf("基线（逐个多边形扫描）：%,.0f 次/秒，平均 %.2f 微秒/次%n", n / scanSeconds, scanSeconds * 1e6 / n);
        System.out.printf("比值：索引是基线的 %.1f 倍%n", scanSeconds / indexSeconds);
        if (mismatches > 0) {
            System.err.println("结果不一致：" + mismatches + " 个点的两种定位结果不同");
            return 1;
        }
        System.out.println("两种方法的结果完全一致");
        return 0;
    }

    // Each method first runs for half a second, so that both are measured JIT-compiled.
    private static void warmUp(double[][] points, Consumer<double[]> lookup) {
        long end = System.nanoTime() + 500_000_000L;
        for (int i = 0; System.nanoTime() < end; i = (i + 1) % points.length) {
            lookup.accept(points[i]);
        }
    }

    private static double[][] randomPoints(Envelope extent, int n) {
        Random random = new Random(SEED);
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = new double[] {extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight()};
        }
        return points;
    }

    // The baseline: every polygon tested, no index, no preparation; same tie rule (lowest code).
    private static String linearScan(List<Grid> grids, double lng, double lat) {
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(lng, lat));
        String found = null;
        for (Grid grid : grids) {
            if ((found == null || grid.code().compareTo(found) < 0) && grid.shape().covers(point)) {
                found = grid.code();
            }
        }
        return found;
    }
}
