package cn.taizhang.organisation;

/** A key sector (重点行业领域) from the configurable catalogue; {@code source} says where it comes from. */
public record Sector(String code, String name, String source) {
}
