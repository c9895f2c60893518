package cn.taizhang.inspection.patrol;

/** A volunteer as the API answers and the pages show them: the phone masked only, the area with its name. */
public record Volunteer(long id, String name, String phone, String kind, String kindName, String areaCode, String areaName, boolean active,
        int version) {
}
