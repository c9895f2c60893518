package cn.taizhang.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The city's map tiles, when it has a tile server ({@code taizhang.map.tiles}: a Leaflet URL template such as
 * {@code https://t{s}.tianditu.gov.cn/vec_w/wmts?…&tk=KEY} for 天地图 with the city's key). Without one the maps draw the
 * grids alone, which needs nothing outside the city's network. The pages read the template from a meta tag; the
 * Content-Security-Policy lets images come from its host ({@link #source()}) and nowhere else.
 */
@Component("mapTiles")
public class MapTiles {

    private final String url;

    public MapTiles(@Value("${taizhang.map.tiles:}") String url) {
        this.url = url == null ? "" : url.strip();
        if (!this.url.isEmpty()) {
            source(); // a template that names no https host stops the start, not the maps of every page later
        }
    }

    /** The URL template, empty without a tile server. */
    public String url() {
        return url;
    }

    /**
     * The template's host as a Content-Security-Policy source: {@code https://t{s}.tianditu.gov.cn/…} is
     * {@code https://*.tianditu.gov.cn} (the {s} subdomains); empty without a tile server.
     */
    public String source() {
        if (url.isEmpty()) {
            return "";
        }
        String hostPart = url.replaceFirst("^https://", "");
        int end = hostPart.indexOf('/');
        String host = end < 0 ? hostPart : hostPart.substring(0, end);
        if (!url.startsWith("https://") || host.isEmpty() || host.contains("@") || !host.matches("[A-Za-z0-9.{}:-]+")) {
            throw new IllegalStateException("taizhang.map.tiles must be an https URL template like https://t{s}.example.cn/{z}/{x}/{y}.png: " + url);
        }
        if (host.contains("{")) {
            host = "*" + host.substring(host.indexOf('.'));
        }
        return "https://" + host;
    }
}
