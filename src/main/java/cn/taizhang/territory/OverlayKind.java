package cn.taizhang.territory;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What an overlay is: a development zone (开发区, with its own 管委会) or a resettlement area (集中安置区). */
public enum OverlayKind {
    DEVELOPMENT_ZONE("开发区"),
    RESETTLEMENT_AREA("集中安置区");

    private final String label;

    OverlayKind(String label) {
        this.label = label;
    }

    /** development_zone or resettlement_area, as stored and answered. */
    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    public String label() {
        return label;
    }

    public static Optional<OverlayKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
