package cn.taizhang.organisation;

import java.util.List;

/**
 * A unit cases can be sent to: a regulating department (行业主管部门, kind {@code department}) or a
 * 镇街 office (kind {@code office}); {@code areaCode} is the area it serves.
 */
public record Department(long id, String code, String name, String kind, String areaCode, List<String> sectorCodes) {
}
