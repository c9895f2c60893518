package cn.taizhang.registry.person;

import cn.taizhang.registry.Ledger;
import org.springframework.stereotype.Component;

/**
 * The persons ledger's columns: the export's, the import's and the template's (the ones an import reads), and the
 * fields the history compares. The ID number and the phone are written masked, so that neither an export nor the
 * history ever holds them plain; an import reads them plain, or masked as exported — which keeps what is stored (see
 * {@link PersonForm}). Categories are written by name and read by name or code.
 */
@Component
class PersonLedger {

    private final Ledger<Person> ledger;

    PersonLedger(PersonCategories categories) {
        ledger = new Ledger<>(
                Ledger.text("name", "姓名", Person::name),
                Ledger.text("idNumber", "居民身份证号码", Person::idNumber),
                Ledger.text("phone", "联系电话", Person::phone),
                Ledger.text("address", "住址", Person::address),
                Ledger.shown("镇（街道）", Person::townName),
                Ledger.text("gridCode", "网格代码", Person::gridCode),
                Ledger.shown("网格名称", Person::gridName),
                Ledger.named("category", "人员类别", Person::categoryName, categories::codeOf),
                Ledger.shown("重点人员", Person::keyPerson),
                Ledger.choice("followUp", "管控状态", Person::followUpChoice, FollowUp.class),
                Ledger.integer("followUpCaseId", "跟进事件编号", Person::followUpCaseId),
                Ledger.text("notes", "备注", Person::notes),
                Ledger.shown("更新时间", Person::updatedAt));
    }

    Ledger<Person> ledger() {
        return ledger;
    }
}
