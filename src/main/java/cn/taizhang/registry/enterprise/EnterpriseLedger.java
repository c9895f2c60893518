package cn.taizhang.registry.enterprise;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.registry.Ledger;
import cn.taizhang.registry.Placement;
import cn.taizhang.territory.Overlay;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The enterprise ledger's columns: the export's, the import's and the template's (the ones an import reads), and the
 * fields the history compares. Sectors and zones are written by name and read by name or code.
 */
@Component
class EnterpriseLedger {

    private final Ledger<Enterprise> ledger;

    EnterpriseLedger(Organisation organisation, Placement placement) {
        ledger = new Ledger<>(
                Ledger.text("uscc", "统一社会信用代码", Enterprise::uscc),
                Ledger.text("name", "企业名称", Enterprise::name),
                Ledger.text("legalRepresentative", "法定代表人", Enterprise::legalRepresentative),
                Ledger.text("address", "地址", Enterprise::address),
                Ledger.shown("镇（街道）", Enterprise::townName),
                Ledger.text("gridCode", "网格代码", Enterprise::gridCode),
                Ledger.shown("网格名称", Enterprise::gridName),
                Ledger.decimal("location.lng", "经度", e -> e.location() == null ? null : e.location().lng()),
                Ledger.decimal("location.lat", "纬度", e -> e.location() == null ? null : e.location().lat()),
                Ledger.named("zone", "所在开发区", Enterprise::zoneName, name -> zoneCode(placement, name)),
                Ledger.list("sectors", "行业领域", Enterprise::sectorNames, name -> sectorCode(organisation, name)),
                Ledger.integer("employees", "从业人数", Enterprise::employees),
                Ledger.yesNo("nonPublic", "是否非公企业", Enterprise::nonPublic),
                Ledger.choice("riskLevel", "风险等级", Enterprise::risk, RiskLevel.class),
                Ledger.choice("status", "经营状态", e -> EnterpriseStatus.valueOf(e.status().toUpperCase()), EnterpriseStatus.class),
                Ledger.text("statusSince", "状态变更日期", Enterprise::statusSince),
                Ledger.text("statusReason", "注销或失联原因", Enterprise::statusReason),
                Ledger.yesNo("union.founded", "是否建会", e -> e.union().founded()),
                Ledger.integer("union.members", "工会会员人数", e -> e.union().members()),
                Ledger.choice("union.engagement", "建会态度分类",
                        e -> e.union().engagement() == null ? null : UnionEngagement.valueOf(e.union().engagement().toUpperCase()),
                        UnionEngagement.class),
                Ledger.integer("leaderId", "包保领导编号", e -> e.leader() == null ? null : e.leader().id()),
                Ledger.shown("包保领导", e -> e.leader() == null ? null : e.leader().name()),
                Ledger.shown("更新时间", Enterprise::updatedAt));
    }

    Ledger<Enterprise> ledger() {
        return ledger;
    }

    private static Optional<String> sectorCode(Organisation organisation, String text) {
        return organisation.sectors().stream().filter(s -> s.name().equals(text) || s.code().equals(text)).map(Sector::code).findFirst();
    }

    private static Optional<String> zoneCode(Placement placement, String text) {
        return placement.zones().stream().filter(z -> z.name().equals(text) || z.code().equals(text)).map(Overlay::code).findFirst();
    }
}
