package cn.taizhang.registry.project;

import cn.taizhang.registry.Ledger;
import org.springframework.stereotype.Component;

/**
 * The project ledger's columns: the export's, the import's and the template's (the ones an import reads), and the fields
 * the history compares. The kind is written by name and read by name or code; the status by its label or id.
 */
@Component
class ProjectLedger {

    private final Ledger<Project> ledger;

    ProjectLedger(ProjectKinds kinds) {
        ledger = new Ledger<>(
                Ledger.required(Ledger.named("kind", "项目类别", Project::kindName, kinds::codeOf),
                        "项目类别目录中的名称，如 背街小巷改造、全民健身示范点建设、安置区配套、道路建设"),
                Ledger.required(Ledger.text("name", "项目名称", Project::name), "100 字以内；同一类别同一年度的项目以名称区分，已登记的按类别、名称和年度更新"),
                Ledger.shown("镇（街道）", Project::townName),
                Ledger.required(Ledger.text("areaCode", "区域代码", Project::areaCode), "项目所在镇街（9 位）、村社区（12 位）或网格（15 位）的代码"),
                Ledger.shown("区域名称", Project::areaName),
                Ledger.required(Ledger.integer("year", "计划年度", Project::year), "四位年份，如 2021"),
                Ledger.optional(Ledger.choice("status", "项目状态", Project::state, ProjectStatus.class), "计划、在建或完工；不填为计划"),
                Ledger.optional(Ledger.integer("households", "涉及户数", Project::households), "整数"),
                Ledger.optional(Ledger.integer("beneficiaries", "受益人数", Project::beneficiaries), "整数"),
                Ledger.optional(Ledger.decimal("lengthM", "长度（米）", Project::lengthM), "米，最多两位小数"),
                Ledger.optional(Ledger.decimal("areaM2", "面积（平方米）", Project::areaM2), "平方米，最多两位小数"),
                Ledger.optional(Ledger.decimal("investment", "投资（万元）", Project::investment), "万元，最多两位小数，如 52.5"),
                Ledger.optional(Ledger.text("notes", "备注", Project::notes), "1000 字以内"),
                Ledger.shown("更新时间", Project::updatedAt));
    }

    Ledger<Project> ledger() {
        return ledger;
    }
}
