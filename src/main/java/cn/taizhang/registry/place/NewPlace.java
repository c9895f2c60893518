package cn.taizhang.registry.place;

/**
 * A place as checked by {@link PlaceForm}, ready to store: its type in the catalogue, its grid inside the writer's reach.
 * Public for the registry's bulk {@link Places#storeAll} (the demo's ledger), whose callers vouch for every field.
 */
public record NewPlace(String typeCode, String name, String address, String gridCode, Double lat, Double lng, String responsibleUnit,
        String notes) {

    /**
     * What names a place in an imported sheet: places have no code of their own, so a row is the place of the same type
     * and name in the same grid ("学校 · 凯里市第一小学 · 522601002002001"), and a sheet may not name one twice.
     */
    public String key() {
        return typeCode + "\u0000" + name + "\u0000" + gridCode;
    }
}
