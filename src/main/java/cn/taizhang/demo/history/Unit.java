package cn.taizhang.demo.history;

/** A unit cases are dispatched to: a department ({@code office} false) or a 镇街 office; the area it serves. */
public record Unit(long id, String code, boolean office, String areaCode) {
}
