package cn.taizhang.registry.person;

import cn.taizhang.registry.CatalogueEntry;

/**
 * A category of the persons registry; a category of key persons (重点人员) masks names and has a follow-up state. Its
 * place in lists and whether it is retired (停用).
 */
public record PersonCategory(String code, String name, boolean keyPerson, int position, boolean retired) implements CatalogueEntry {
}
