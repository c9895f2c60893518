package cn.taizhang.registry.person;

import cn.taizhang.registry.Ledger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The persons ledger's columns: the export's, the import's and the template's (the ones an import reads), and the
 * fields the history compares. The ID number and the phone are written masked, so that neither an export nor the
 * history ever holds them plain; an import reads them plain, or masked as exported — which keeps what is stored when
 * the row names the person by the 人员编号 it was exported with (see {@link PersonImport}). Categories are written by
 * name and read by name or code.
 */
@Component
class PersonLedger {

    /** The 人员编号 column's field: an import's way back to the person an exported row was, never part of the form. */
    static final String ID = "id";

    private final Ledger<Person> ledger;

    PersonLedger(PersonCategories categories) {
        ledger = new Ledger<>(
                Ledger.optional(Ledger.integer(ID, "人员编号", Person::id), "导出的台账中已有，修改后再导入时保留；新登记的人员不填"),
                Ledger.required(Ledger.text("name", "姓名", Person::name), "50 字以内"),
                Ledger.required(Ledger.text("idNumber", "居民身份证号码", Person::idNumber), "18 位，末位可为 X，含校验位；已登记的人员按此号码更新"),
                Ledger.optional(Ledger.text("phone", "联系电话", Person::phone), "11 位手机号码，或带区号的固定电话（如 0855-8221234）"),
                Ledger.optional(Ledger.text("address", "住址", Person::address), "200 字以内"),
                Ledger.shown("镇（街道）", Person::townName),
                Ledger.required(Ledger.text("gridCode", "网格代码", Person::gridCode), "15 位网格代码，须在您的辖区内"),
                Ledger.shown("网格名称", Person::gridName),
                Ledger.required(Ledger.named("category", "人员类别", Person::categoryName, categories::codeOf), "类别名称，如：独居老人、技术人才、吸毒人员"),
                Ledger.shown("重点人员", Person::keyPerson),
                Ledger.optional(Ledger.choice("followUp", "管控状态", Person::followUpChoice, FollowUp.class), "重点人员填：在管、已解除或脱管，不填为在管；其他人员不填"),
                Ledger.optional(Ledger.integer("followUpCaseId", "跟进事件编号", Person::followUpCaseId), "重点人员的跟进事件编号（数字），可不填"),
                Ledger.optional(Ledger.text("notes", "备注", Person::notes), "500 字以内"),
                Ledger.shown("更新时间", Person::updatedAt));
    }

    Ledger<Person> ledger() {
        return ledger;
    }

    /** The fields the history compares, as text (the ID number and phone masked); the 人员编号 is no field of the person. */
    Map<String, String> texts(Person p) {
        Map<String, String> texts = new LinkedHashMap<>(ledger.texts(p));
        texts.remove(ID);
        return texts;
    }

    Map<String, String> labels() {
        return ledger.labels();
    }
}
