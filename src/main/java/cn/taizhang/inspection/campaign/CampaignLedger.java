package cn.taizhang.inspection.campaign;

import cn.taizhang.registry.Ledger;
import java.util.List;

/**
 * A campaign's columns, as the registries keep theirs ({@link Ledger}): the export's, and the fields its history
 * compares (every column with a field; the shown-only ones are left out of the history). Names, not codes, so that a
 * history line reads "牵头部门：市应急管理局 → 市消防救援大队".
 */
final class CampaignLedger {

    static final Ledger<Campaign> LEDGER = new Ledger<>(
            Ledger.text("name", "专项整治名称", Campaign::name),
            Ledger.text("from", "开始日期", Campaign::from),
            Ledger.text("to", "结束日期", Campaign::to),
            Ledger.text("area", "整治区域", Campaign::areaName),
            Ledger.shown("区域代码", Campaign::areaCode),
            Ledger.text("stage", "整治阶段", Campaign::stageLabel),
            Ledger.text("sectors", "行业领域", c -> joined(c.sectorNames(), "、")),
            Ledger.text("leadDepartmentId", "牵头部门", Campaign::leadDepartmentName),
            Ledger.text("measures", "整治措施", c -> joined(c.measures(), "；")),
            Ledger.text("notes", "备注", Campaign::notes),
            Ledger.shown("更新时间", Campaign::updatedAt));

    private CampaignLedger() {
    }

    private static String joined(List<String> texts, String separator) {
        return texts.isEmpty() ? null : String.join(separator, texts);
    }
}
