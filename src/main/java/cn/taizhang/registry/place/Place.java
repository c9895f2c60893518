package cn.taizhang.registry.place;

import java.time.OffsetDateTime;

/** A place as the API answers it and the pages show it: its type with its name, its grid and 镇街 with their names. */
public record Place(long id, String type, String typeName, String name, String address, String gridCode, String gridName,
        String townCode, String townName, Location location, String responsibleUnit, String notes, int version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Location(double lat, double lng) {
    }
}
