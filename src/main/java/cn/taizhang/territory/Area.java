package cn.taizhang.territory;

/**
 * A node of the area tree as callers see it: county, town 镇街, village 村社区 or grid 网格.
 * {@code kind} names the unit in Chinese (街道, 镇, 社区, 村, 网格 …); {@code lng}/{@code lat} is a
 * representative point (WGS-84), absent when unknown.
 */
public record Area(String code, String name, AreaLevel level, String parentCode, String kind, Double lng, Double lat,
        long childCount) {
}
