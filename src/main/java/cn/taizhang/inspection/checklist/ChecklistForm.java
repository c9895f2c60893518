package cn.taizhang.inspection.checklist;

import cn.taizhang.platform.web.FormReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a checklist as the 系统管理员 sends it — {@code {code, sector, name, items}} to create one, {@code {name?, items}}
 * to edit one — naming every bad field (e.g. {@code items[3].text}) with a Chinese reason.
 */
final class ChecklistForm {

    static final String CODE = "[a-z][a-z0-9_]{1,39}";
    static final String ITEM_CODE = "[A-Z0-9-]{1,20}";
    static final int MAX_ITEMS = 100;
    private static final Set<String> NEW_FIELDS = Set.of("code", "sector", "name", "items");
    private static final Set<String> EDIT_FIELDS = Set.of("name", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("code", "text", "basis", "major");

    /** What a body says; the name is null when an edit keeps it. */
    record Draft(String code, String sector, String name, List<ChecklistItem> items) {
    }

    private ChecklistForm() {
    }

    /** A new checklist; {@code sectors} are the sector codes there are. */
    static Draft creation(JsonNode body, Set<String> sectors) {
        FormReader form = new FormReader();
        if (!form.object(body, NEW_FIELDS, "")) {
            form.check();
        }
        String code = form.text(body.get("code"), "code", "检查表编码", 40, true);
        if (code != null && !code.matches(CODE)) {
            form.problem("code", "INVALID_FIELD", "code：检查表编码须为 2 到 40 个小写字母、数字或下划线，以字母开头，如 fire_safety_school");
        }
        String sector = form.text(body.get("sector"), "sector", "行业领域", 40, true);
        if (sector != null && !sectors.contains(sector)) {
            form.problem("sector", "UNKNOWN_SECTOR", "sector：没有编码为 " + sector + " 的行业领域");
        }
        String name = form.text(body.get("name"), "name", "检查表名称", 60, true);
        List<ChecklistItem> items = items(form, body.get("items"));
        form.check();
        return new Draft(code, sector, name, items);
    }

    /** An edit: the whole list of items, and a new name if it changes. */
    static Draft edit(JsonNode body) {
        FormReader form = new FormReader();
        if (!form.object(body, EDIT_FIELDS, "")) {
            form.check();
        }
        String name = form.text(body.get("name"), "name", "检查表名称", 60, false);
        List<ChecklistItem> items = items(form, body.get("items"));
        form.check();
        return new Draft(null, null, name, items);
    }

    private static List<ChecklistItem> items(FormReader form, JsonNode items) {
        List<ChecklistItem> read = new ArrayList<>();
        if (FormReader.missing(items)) {
            form.problem("items", "REQUIRED", "items：请填写检查项");
            return read;
        }
        if (!items.isArray()) {
            form.problem("items", "INVALID_FIELD", "items：检查项须为数组");
            return read;
        }
        if (items.isEmpty()) {
            form.problem("items", "TOO_FEW", "items：检查表至少要有一个检查项");
            return read;
        }
        if (items.size() > MAX_ITEMS) {
            form.problem("items", "TOO_MANY", "items：检查表最多 " + MAX_ITEMS + " 个检查项，现有 " + items.size() + " 个");
            return read;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = "items[" + i + "].";
            JsonNode item = items.get(i);
            if (!form.object(item, ITEM_FIELDS, prefix)) {
                continue;
            }
            String code = form.text(item.get("code"), prefix + "code", "检查项编码", 20, true);
            if (code != null && !code.matches(ITEM_CODE)) {
                form.problem(prefix + "code", "INVALID_FIELD", prefix + "code：检查项编码须为 1 到 20 个大写字母、数字或连字符，如 HC-01");
                code = null;
            }
            Integer first = code == null ? null : seen.putIfAbsent(code, i);
            if (first != null) {
                form.problem(prefix + "code", "DUPLICATE_ITEM", prefix + "code：检查项编码 " + code + " 与第 " + (first + 1) + " 项重复");
            }
            String text = form.text(item.get("text"), prefix + "text", "检查内容", 200, true);
            String basis = form.text(item.get("basis"), prefix + "basis", "依据", 200, true);
            Boolean major = form.bool(item.get("major"), prefix + "major", "是否重大隐患", null);
            if (code != null && text != null && basis != null && major != null) {
                read.add(new ChecklistItem(code, text, basis, major));
            }
        }
        return read;
    }
}
