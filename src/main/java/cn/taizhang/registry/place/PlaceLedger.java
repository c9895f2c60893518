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
                Ledger.named("type", "场所类型", Place::typeName, types::codeOf),
                Ledger.text("name", "场所名称", Place::name),
                Ledger.text("address", "地址", Place::address),
                Ledger.shown("镇（街道）", Place::townName),
                Ledger.text("gridCode", "网格代码", Place::gridCode),
                Ledger.shown("网格名称", Place::gridName),
                Ledger.decimal("location.lng", "经度", p -> p.location() == null ? null : p.location().lng()),
                Ledger.decimal("location.lat", "纬度", p -> p.location() == null ? null : p.location().lat()),
                Ledger.text("responsibleUnit", "责任单位", Place::responsibleUnit),
                Ledger.text("notes", "备注", Place::notes),
                Ledger.shown("更新时间", Place::updatedAt));
    }

    Ledger<Place> ledger() {
        return ledger;
    }
}
