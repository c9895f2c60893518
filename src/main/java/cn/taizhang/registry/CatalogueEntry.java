package cn.taizhang.registry;

/**
 * An entry of a registry's catalogue (场所类型, 项目类别, 人员类别): its code, which never changes, its name, its place in
 * the lists and whether it is retired (停用). A retired entry stays listed and named on the records that have it; new
 * records and changes cannot take it ({@link CatalogueEdit#choose}).
 */
public interface CatalogueEntry {

    String code();

    String name();

    int position();

    boolean retired();

    /** In use (在用) or retired (已停用), as the pages say it. */
    default String state() {
        return retired() ? "已停用" : "在用";
    }
}
