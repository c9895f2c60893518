package cn.taizhang.inspection.checklist;

/**
 * One check of a checklist: its code (stable across versions while it is the same check, so answers stay comparable), the
 * requirement in words, its legal basis (e.g. 《安全生产法》第四十一条) and whether a failure is a 重大事故隐患 by default.
 */
public record ChecklistItem(String code, String text, String basis, boolean major) {
}
