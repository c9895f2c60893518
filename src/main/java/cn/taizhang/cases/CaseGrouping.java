package cn.taizhang.cases;

/**
 * How {@link CaseCounting#breakdown} groups the cases, and the key of each group: the type code, the
 * source, the sector code, the unit's department id, or the reporting month {@code yyyy-MM} (Asia/Shanghai).
 * Cases without a sector or not with any unit now are grouped under {@link #NONE}. Areas are grouped
 * by {@link CaseCounting#byArea}.
 */
public enum CaseGrouping {
    TYPE, SOURCE, SECTOR, DEPARTMENT, MONTH;

    /** The key of the cases without a sector or unit. */
    public static final String NONE = "none";
}
