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
                Ledger.named("kind", "项目类别", Project::kindName, kinds::codeOf),
                Ledger.text("name", "项目名称", Project::name),
                Ledger.shown("镇（街道）", Project::townName),
                Ledger.text("areaCode", "区域代码", Project::areaCode),
                Ledger.shown("区域名称", Project::areaName),
                Ledger.integer("year", "计划年度", Project::year),
                Ledger.choice("status", "项目状态", Project::state, ProjectStatus.class),
                Ledger.integer("households", "涉及户数", Project::households),
                Ledger.integer("beneficiaries", "受益人数", Project::beneficiaries),
                Ledger.decimal("lengthM", "长度（米）", Project::lengthM),
                Ledger.decimal("areaM2", "面积（平方米）", Project::areaM2),
                Ledger.decimal("investment", "投资（万元）", Project::investment),
                Ledger.text("notes", "备注", Project::notes),
                Ledger.shown("更新时间", Project::updatedAt));
    }

    Ledger<Project> ledger() {
        return ledger;
    }
}
