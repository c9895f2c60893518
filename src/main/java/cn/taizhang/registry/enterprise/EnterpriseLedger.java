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
                Ledger.required(Ledger.text("uscc", "统一社会信用代码", Enterprise::uscc), "18 位，数字及除 I、O、S、V、Z 外的大写字母，含校验位"),
                Ledger.required(Ledger.text("name", "企业名称", Enterprise::name), "营业执照上的名称，100 字以内"),
                Ledger.optional(Ledger.text("legalRepresentative", "法定代表人", Enterprise::legalRepresentative), "姓名"),
                Ledger.optional(Ledger.text("address", "地址", Enterprise::address), "200 字以内"),
                Ledger.shown("镇（街道）", Enterprise::townName),
                Ledger.required(Ledger.text("gridCode", "网格代码", Enterprise::gridCode), "15 位网格代码；不填则须填经度、纬度（WGS-84）"),
                Ledger.shown("网格名称", Enterprise::gridName),
                Ledger.decimal("location.lng", "经度", e -> e.location() == null ? null : e.location().lng()),
                Ledger.decimal("location.lat", "纬度", e -> e.location() == null ? null : e.location().lat()),
                Ledger.optional(Ledger.named("zone", "所在开发区", Enterprise::zoneName, name -> zoneCode(placement, name)), "开发区名称；不填按网格自动判断"),
                Ledger.required(Ledger.list("sectors", "行业领域", Enterprise::sectorNames, name -> sectorCode(organisation, name)), "行业领域名称，多个用顿号分隔，如：危险化学品、消防"),
                Ledger.optional(Ledger.integer("employees", "从业人数", Enterprise::employees), "整数"),
                Ledger.optional(Ledger.yesNo("nonPublic", "是否非公企业", Enterprise::nonPublic), "是或否；不填为是"),
                Ledger.required(Ledger.choice("riskLevel", "风险等级", Enterprise::risk, RiskLevel.class), "红色、橙色、黄色或蓝色"),
                Ledger.optional(Ledger.choice("status", "经营状态", e -> EnterpriseStatus.valueOf(e.status().toUpperCase()), EnterpriseStatus.class), "正常、注销或失联；不填为正常"),
                Ledger.optional(Ledger.text("statusSince", "状态变更日期", Enterprise::statusSince), "注销或失联的日期，如 2026-03-01；不填为导入当天"),
                Ledger.optional(Ledger.text("statusReason", "注销或失联原因", Enterprise::statusReason), "注销或失联时必填"),
                Ledger.optional(Ledger.yesNo("union.founded", "是否建会", e -> e.union().founded()), "是或否"),
                Ledger.optional(Ledger.integer("union.members", "工会会员人数", e -> e.union().members()), "整数；未建会则不填"),
                Ledger.optional(Ledger.choice("union.engagement", "建会态度分类",
                        e -> e.union().engagement() == null ? null : UnionEngagement.valueOf(e.union().engagement().toUpperCase()),
                        UnionEngagement.class), "积极主动型、止步不前型或情绪抵触型"),
                Ledger.optional(Ledger.integer("leaderId", "包保领导编号", e -> e.leader() == null ? null : e.leader().id()), "领导的人员编号（见人员列表）"),
                Ledger.shown("包保领导", e -> e.leader() == null ? null : e.leader().name()),
                Ledger.shown("强制措施", e -> e.coerced() == null ? null : e.coerced().label() + "（" + e.coerced().since() + " 起）"),
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
