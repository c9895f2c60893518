package cn.taizhang.registry.project;

import java.math.BigDecimal;

/**
 * A project as checked by {@link ProjectForm}, ready to store: its kind in the catalogue, its area inside the writer's
 * reach. Public for the registry's bulk {@link Projects#storeAll} (the demo's ledger), whose callers vouch for every field.
 */
public record NewProject(String kindCode, String name, String areaCode, int year, ProjectStatus status, Integer households,
        Integer beneficiaries, BigDecimal lengthM, BigDecimal areaM2, BigDecimal investment, String notes) {

    /**
     * What names a project in an imported sheet: its kind, name and year ("背街小巷改造 · 市府社区文化巷 · 2021"); a sheet
     * may not name one twice, and a row naming a registered one updates it.
     */
    public String key() {
        return kindCode + "\u0000" + name + "\u0000" + year;
    }
}
