package cn.taizhang.registry.project;

import java.math.BigDecimal;

/** A project as checked by {@link ProjectForm}, ready to store: its kind in the catalogue, its area inside the writer's reach. */
record NewProject(String kindCode, String name, String areaCode, int year, ProjectStatus status, Integer households,
        Integer beneficiaries, BigDecimal lengthM, BigDecimal areaM2, BigDecimal investment, String notes) {
}
