package cn.taizhang.registry.place;

/** A kind of place in the catalogue: its code (what the API takes) and its Chinese name. */
public record PlaceType(String code, String name) {
}
