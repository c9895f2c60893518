package cn.taizhang.cases;

/** A case type as other modules see it: its code, name and category (类别, e.g. 城乡环境综合治理), in catalogue order. */
public record CaseKind(String code, String name, String category) {
}
