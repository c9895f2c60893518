package cn.taizhang.cases;

/** Where a case came from, as a person reads it ("检查：市应急管理局第一检查组 2026-12-01 · HC-03"), and the page that shows it. */
public record CaseOrigin(String label, String path) {
}
