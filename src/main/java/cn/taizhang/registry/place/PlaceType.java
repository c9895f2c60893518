package cn.taizhang.registry.place;

import cn.taizhang.registry.CatalogueEntry;

/** A kind of place in the catalogue: its code (what the API takes), its Chinese name, its place in lists, whether retired (停用). */
public record PlaceType(String code, String name, int position, boolean retired) implements CatalogueEntry {
}
