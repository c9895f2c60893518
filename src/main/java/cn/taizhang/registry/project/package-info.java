/**
 * The project registry (项目台账): 背街小巷改造, 全民健身示范点建设, 安置区配套, roads and the other kinds of an editable
 * catalogue ({@code project_kind}), each in a 镇街, 村社区 or grid, planned, under construction or completed, with the
 * figures reports add up and dated progress notes with photos. The 指挥员 and the leaders of the area register and edit them;
 * everyone reads those of their jurisdiction, and a roll-up per year and kind, which {@link
 * cn.taizhang.registry.project.ProjectSentence} writes as the newspaper does — on the list page, in the registry
 * statistics and in the briefing. Its pages and its ledger in Excel (a project is named by kind, name and year).
 */
@org.springframework.modulith.NamedInterface("project")
package cn.taizhang.registry.project;
