package cn.taizhang.registry.person;

/** A category of the persons registry; a category of key persons (重点人员) masks names and has a follow-up state. */
public record PersonCategory(String code, String name, boolean keyPerson) {
}
