/**
 * Enforcement (执法): the actions 执法人员 take against an enterprise — 责令限期整改, 行政处罚决定书 with the 违法行为 it
 * punishes, 停产停业整顿, 关闭, 取缔, the 复查 of an order or a suspension and the restart after one — or about a 两违 or
 * other 城乡环境 case without an enterprise (责令限期拆除, 强制拆除); the rules that raise candidates for them (查而不改,
 * 安全生产法 Art. 113, an overdue restart review); their figures. The rules themselves are plain Java (ActionRules, Art113).
 *
 * <p>Uses: platform, figures, territory, organisation, access, cases, registry, inspection.
 */
package cn.taizhang.enforcement;
