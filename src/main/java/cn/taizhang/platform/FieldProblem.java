package cn.taizhang.platform;

/** One bad input field: where it is, a stable code, and what is wrong in Chinese. */
public record FieldProblem(String field, String code, String detail) {
}
