package cn.taizhang.platform;

/**
 * What a caller may see: everything whose area code starts with {@code areaPrefix}
 * (codes are prefix codes, so "inside" is a prefix test), narrowed to one department
 * when the caller works for a department. Every query of a scoped resource takes one.
 */
public record Scope(String areaPrefix, Long departmentId) {

    /** The request attribute under which the access module leaves the authenticated caller's scope. */
    public static final String REQUEST_ATTRIBUTE = "taizhang.scope";

    public static Scope area(String areaPrefix) {
        return new Scope(areaPrefix, null);
    }

    public boolean covers(String areaCode) {
        return areaCode != null && areaCode.startsWith(areaPrefix);
    }

    /** The SQL LIKE pattern matching every code inside this scope. */
    public String likePattern() {
        return areaPrefix + "%";
    }
}
