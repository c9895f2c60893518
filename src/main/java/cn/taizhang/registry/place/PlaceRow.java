package cn.taizhang.registry.place;

import java.time.OffsetDateTime;

/** A place as stored. */
record PlaceRow(long id, String typeCode, String name, String address, String areaCode, Double lat, Double lng, String responsibleUnit,
        String notes, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
