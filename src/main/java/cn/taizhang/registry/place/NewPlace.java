package cn.taizhang.registry.place;

/** A place as checked by {@link PlaceForm}, ready to store: its type in the catalogue, its grid inside the writer's reach. */
record NewPlace(String typeCode, String name, String address, String gridCode, Double lat, Double lng, String responsibleUnit,
        String notes) {
}
