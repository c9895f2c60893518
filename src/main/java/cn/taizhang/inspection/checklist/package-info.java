/**
 * Checklists (检查表): templates per sector with items (code, text, legal basis, 重大隐患 by default), edited by the
 * 系统管理员 in versions; a visit keeps the version it used. Seeded (V28) with one checklist per sector from the national
 * 重大事故隐患判定标准 and laws. The public API is {@link cn.taizhang.inspection.checklist.Checklists} with its records; the
 * console pages (/admin/checklists) and {@code /api/v1/checklists} are here too.
 *
 * <p>Uses: platform, organisation.
 */
@org.springframework.modulith.NamedInterface("checklist")
package cn.taizhang.inspection.checklist;
