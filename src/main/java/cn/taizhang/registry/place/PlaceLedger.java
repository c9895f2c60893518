package cn.taizhang.registry.place;

import cn.taizhang.registry.Ledger;
import org.springframework.stereotype.Component;

/**
 * The place ledger's columns: the export's, the import's and the template's (the ones an import reads), and the fields
 * the history compares. The type is written by name and read by name or code.
 */
@Component
class PlaceLedger {

    private final Ledger<Place> ledger;

    PlaceLedger(PlaceTypes types) {
        ledger = new Ledger<>(
                Ledger.required(Ledger.named("type", "场所类型", Place::typeName, types::codeOf),
                        "场所类型目录中的名称，如 车站/检查站、学校、医院、冷链仓库、网吧、公园广场、全民健身示范点、党群服务中心"),
                Ledger.required(Ledger.text("name", "场所名称", Place::name), "100 字以内；同一网格中同一类型的场所以名称区分，已登记的按类型、名称和网格更新"),
                Ledger.optional(Ledger.text("address", "地址", Place::address), "200 字以内"),
                Ledger.shown("镇（街道）", Place::townName),
                Ledger.required(Ledger.text("gridCode", "网格代码", Place::gridCode), "15 位网格代码；不填则须填经度、纬度（WGS-84）"),
                Ledger.shown("网格名称", Place::gridName),
                Ledger.optional(Ledger.decimal("location.lng", "经度", p -> p.location() == null ? null : p.location().lng()), "WGS-84 经度，如 107.9812"),
                Ledger.optional(Ledger.decimal("location.lat", "纬度", p -> p.location() == null ? null : p.location().lat()), "WGS-84 纬度，如 26.5834"),
                Ledger.optional(Ledger.text("responsibleUnit", "责任单位", Place::responsibleUnit), "200 字以内，如 凯里市教科局"),
                Ledger.optional(Ledger.text("notes", "备注", Place::notes), "1000 字以内"),
                Ledger.shown("更新时间", Place::updatedAt));
    }

    Ledger<Place> ledger() {
        return ledger;
    }
}
