package cn.taizhang.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Draws the grids to a PNG so that a person can judge the layout by eye: a hue per 镇街, shades per
 * village and grid; grid lines thin, village lines dark, town lines thick, resettlement units red.
 */
final class MapPainter {

    private MapPainter() {
    }

    static void paint(KailiTerritory territory, Envelope view, int width, Path file) throws IOException {
        double lngScale = Math.cos(Math.toRadians(view.centre().y));
        int height = (int) Math.round(width * view.getHeight() / (view.getWidth() * lngScale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        List<KailiTerritory.Grid> grids = territory.grids();
        for (KailiTerritory.Grid grid : grids) {
            int town = Integer.parseInt(grid.code().substring(6, 9));
            int village = Integer.parseInt(grid.code().substring(9, 12));
            int n = Integer.parseInt(grid.code().substring(12));
            float hue = (townIndex(town) * 0.618034f) % 1f;
            float saturation = 0.25f + 0.35f * ((village * 7) % 5) / 4f;
            float brightness = 0.80f + 0.15f * ((n * 3) % 4) / 3f;
            g.setColor(Color.getHSBColor(hue, saturation, brightness));
            g.fill(path(grid.polygon(), view, width, height));
        }
        float px = Math.max(0.5f, width / 4000f);
        g.setColor(new Color(120, 120, 120));
        g.setStroke(new BasicStroke(px * 0.6f));
        grids.forEach(grid -> g.draw(path(grid.polygon(), view, width, height)));
        g.setColor(new Color(40, 40, 40));
        g.setStroke(new BasicStroke(px * 2f));
        for (Map.Entry<String, Polygon> v : territory.villageCells().entrySet()) {
            g.draw(path(v.getValue(), view, width, height));
        }
        Map<String, List<Geometry>> towns = new TreeMap<>();
        territory.villageCells().forEach((code, cell) ->
                towns.computeIfAbsent(code.substring(0, 9), k -> new ArrayList<>()).add(cell));
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(px * 4f));
        for (List<Geometry> villages : towns.values()) {
            Geometry town = OverlayNGRobust.union(villages);
            for (int i = 0; i < town.getNumGeometries(); i++) {
                g.draw(path((Polygon) town.getGeometryN(i), view, width, height));
            }
        }
        // Resettlement units in red, so that a person can find them.
        g.setColor(new Color(220, 0, 0));
        g.setStroke(new BasicStroke(px * 3f));
        territory.overlays().stream().filter(o -> o.kind().equals("resettlement_area"))
                .flatMap(o -> o.areaCodes().stream())
                .forEach(code -> g.draw(path(territory.villageCells().get(code), view, width, height)));
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static int townIndex(int segment) {
        return segment < 100 ? segment : segment - 90;
    }

    private static Path2D path(Polygon p, Envelope view, int width, int height) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, p.getExteriorRing(), view, width, height);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(path, p.getInteriorRingN(i), view, width, height);
        }
        return path;
    }

    private static void ring(Path2D path, LineString ring, Envelope view, int width, int height) {
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            double x = (cs[i].x - view.getMinX()) / view.getWidth() * width;
            double y = (view.getMaxY() - cs[i].y) / view.getHeight() * height;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
    }
}
