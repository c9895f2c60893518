package cn.taizhang.access;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** An audit row as people read it — Beijing time, every code in Chinese ({@link AuditLabels}) — on the page and in Excel alike. */
record AuditLine(long id, String at, String action, String actor, String actorJurisdiction, String source, String method, String path,
        String status, String targetType, String targetId, String beforeRef, String afterRef, String detail) {

    static final List<String> HEADERS = List.of("时间", "类型", "操作人", "操作人辖区", "来源地址", "方法", "路径", "状态",
            "对象类型", "对象", "变更前", "变更后", "说明");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static AuditLine of(AuditTrail.Entry e) {
        return new AuditLine(e.id(), e.inBeijingTime().at().format(TIME), AuditLabels.action(e.action()), text(e.actorUsername()),
                text(e.actorJurisdiction()), text(e.sourceAddress()), text(e.method()), text(e.path()), AuditLabels.status(e),
                AuditLabels.target(e.targetType()), text(e.targetId()), text(e.beforeRef()), text(e.afterRef()),
                AuditLabels.detail(e.detail()));
    }

    /** The request, for the page: method and path. */
    public String request() {
        return method.isEmpty() ? "" : method + " " + path;
    }

    /** The object, for the page: its type and identifier. */
    public String target() {
        return (targetType + " " + targetId).strip();
    }

    List<Object> cells() {
        return Arrays.asList(at, action, actor, actorJurisdiction, source, method, path, status, targetType, targetId, beforeRef, afterRef, detail);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
