package cn.taizhang.registry.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A project as stored. */
record ProjectRow(long id, String kindCode, String name, String areaCode, int year, ProjectStatus status, Integer households,
        Integer beneficiaries, BigDecimal lengthM, BigDecimal areaM2, BigDecimal investment, String notes, int version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The project as a form would give it (decimals of scale 2, as stored): an imported row equal to this changes nothing. */
    NewProject asNew() {
        return new NewProject(kindCode, name, areaCode, year, status, households, beneficiaries, lengthM, areaM2, investment, notes);
    }
}
