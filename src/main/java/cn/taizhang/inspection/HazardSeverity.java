package cn.taizhang.inspection;

/** How grave a hazard is: the case type 安全生产隐患's severities. */
public enum HazardSeverity {
    GENERAL("general", "一般隐患"), MAJOR("major", "重大隐患");

    private final String id;
    private final String label;

    HazardSeverity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    static HazardSeverity of(String id) {
        for (HazardSeverity s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
