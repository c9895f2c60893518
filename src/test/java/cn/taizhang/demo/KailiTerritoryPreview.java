package cn.taizhang.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Not a check but a look: writes the generated files and two maps to {@code target/} for a person
 * to inspect (the GeoJSON opens in geojson.io or QGIS). Also runnable on its own via {@link #main}.
 */
class KailiTerritoryPreview {

    @Test
    void writesOutputsAndMapsToTarget() throws IOException {
        write(Generated.territory());
    }

    public static void main(String[] args) throws IOException {
        write(KailiTerritory.generate());
    }

    private static void write(KailiTerritory territory) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("kaili-grids.geojson"), territory.gridsGeoJson(), StandardCharsets.UTF_8);
        Files.writeString(target.resolve("kaili-divisions.csv"), territory.divisionsCsv(), StandardCharsets.UTF_8);
        StringBuilder overlays = new StringBuilder();
        territory.overlays().forEach(o -> overlays.append(o).append('\n'));
        Files.writeString(target.resolve("kaili-overlays.txt"), overlays, StandardCharsets.UTF_8);
        Envelope county = new Envelope();
        territory.grids().forEach(g -> county.expandToInclude(g.polygon().getEnvelopeInternal()));
        county.expandBy(0.01);
        MapPainter.paint(territory, county, 2400, target.resolve("kaili-grids.png"));
        MapPainter.paint(territory, new Envelope(107.88, 108.07, 26.52, 26.64), 2400,
                target.resolve("kaili-grids-city.png"));
    }
}
