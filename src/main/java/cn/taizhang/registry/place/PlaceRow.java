package cn.taizhang.registry.place;

import java.time.OffsetDateTime;

/** A place as stored. */
record PlaceRow(long id, String typeCode, String name, String address, String areaCode, Double lat, Double lng, String responsibleUnit,
        String notes, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The place as a form would give it: an imported row equal to this changes nothing. */
    NewPlace asNew() {
        return new NewPlace(typeCode, name, address, areaCode, lat, lng, responsibleUnit, notes);
    }
}
