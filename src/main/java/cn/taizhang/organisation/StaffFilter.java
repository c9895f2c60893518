package cn.taizhang.organisation;

/** Optional narrowing of the staff list; null fields do not narrow. */
public record StaffFilter(String q, Role role, String area, Long departmentId) {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null, null);
    }
}
