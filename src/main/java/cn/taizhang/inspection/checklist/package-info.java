/**
 * Checklists (检查表): templates per sector with items (code, text, legal basis, 重大隐患 by default), edited by the
 * 系统管理员 in versions; a visit keeps the version it used.
 */
@org.springframework.modulith.NamedInterface("checklist")
package cn.taizhang.inspection.checklist;
