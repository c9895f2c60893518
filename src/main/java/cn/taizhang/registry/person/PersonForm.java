package cn.taizhang.registry.person;

import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.CatalogueEdit;
import cn.taizhang.registry.Choice;
import cn.taizhang.registry.codes.CodeCheck;
import cn.taizhang.registry.codes.IdNumber;
import cn.taizhang.registry.codes.PhoneNumber;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A person as the API (or an imported row, turned into the same JSON) sends them, checked field by field: every problem
 * named at once, with its field, and never quoting an ID number or a phone (a refusal is logged). A grid comes from
 * {@code gridCode} or from {@code location} (which only finds the grid: no coordinates are kept). On an edit, the name,
 * ID number and phone left out — or sent back masked, as the reader was shown them — keep what is stored, so that those
 * who only ever see masked values can still edit the rest; {@code "phone": null} or {@code ""} removes the phone. A
 * retired category is taken only by a person who has it already.
 */
final class PersonForm {

    static final int MAX_NAME = 50;
    static final int MAX_ADDRESS = 200;
    static final int MAX_NOTES = 500;
    private static final Set<String> FIELDS = Set.of("name", "idNumber", "phone", "address", "gridCode", "location", "category",
            "followUp", "followUpCaseId", "notes");
    private static final Set<String> LOCATION_FIELDS = Set.of("lat", "lng", "crs");

    /** What the form looks up; every answer is limited to what the writer may reach. */
    interface Lookups {
        /** True if this is a grid the writer may place a person in. */
        boolean gridInReach(String gridCode);

        /** The grid at a position (crs: wgs84, gcj02 or bd09), if the writer may reach it. */
        Optional<String> gridAt(double lat, double lng, String crs);

        Optional<PersonCategory> category(String code);
    }

    /** What is stored of the person being edited, as it may be sent back: the masked forms. */
    record Stored(String maskedName, String maskedIdNumber, String maskedPhone) {

        static Stored of(PersonRow row) {
            return new Stored(PersonalDataMasks.name(row.name()), row.idNumberMasked(), row.phoneMasked());
        }
    }

    private PersonForm() {
    }

    /**
     * {@code stored}: the person being edited, null for a new one; {@code keptCategory}: the category they have, which they
     * keep even if it is retired (null for a new person, and for an imported row).
     */
    static NewPerson read(JsonNode body, Lookups lookups, LocalDate today, Stored stored, String keptCategory) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String name = name(form, body, stored);
        String idNumber = idNumber(form, body, today, stored);
        boolean phoneKept = stored != null && (!body.has("phone") || sentBack(body.get("phone"), stored.maskedPhone()));
        String phone = phoneKept ? null : phone(form, body.get("phone"));
        String address = form.text(body.get("address"), "address", "住址", MAX_ADDRESS, false);
        String grid = grid(form, body, lookups);
        PersonCategory category = category(form, body.get("category"), lookups, keptCategory);
        FollowUp followUp = null;
        Long caseId = null;
        if (category != null && category.keyPerson()) {
            followUp = choice(form, body.get("followUp"), "followUp", "管控状态", FollowUp.class);
            followUp = followUp == null ? FollowUp.IN_CARE : followUp;
            caseId = caseId(form, body.get("followUpCaseId"));
        } else if (category != null) {
            notForOthers(form, body, "followUp", "管控状态", category);
            notForOthers(form, body, "followUpCaseId", "跟进事件", category);
        }
        String notes = form.text(body.get("notes"), "notes", "备注", MAX_NOTES, false);
        form.check();
        return new NewPerson(name, idNumber, phoneKept, phone, address, grid, category, followUp, caseId, notes);
    }

    private static String name(FormReader form, JsonNode body, Stored stored) {
        JsonNode n = body.get("name");
        if (stored != null && (!body.has("name") || sentBack(n, stored.maskedName()))) {
            return null;
        }
        String name = form.text(n, "name", "姓名", MAX_NAME, true);
        if (name != null && name.contains("*")) {
            form.problem("name", "INVALID_FIELD", "name：姓名不能含有 *（脱敏显示的姓名不是姓名）");
            return null;
        }
        return name;
    }

    private static String idNumber(FormReader form, JsonNode body, LocalDate today, Stored stored) {
        JsonNode n = body.get("idNumber");
        if (stored != null && (!body.has("idNumber") || sentBack(n, stored.maskedIdNumber()))) {
            return null;
        }
        String text = form.text(n, "idNumber", "居民身份证号码", 30, true);
        if (text == null) {
            return null;
        }
        CodeCheck check = IdNumber.check(text, today);
        check.problem().ifPresent(refusal -> form.problem("idNumber", "ID_NUMBER_" + refusal.code(), "idNumber：" + refusal.reason()));
        return check.valid() ? check.code() : null;
    }

    /** A phone, or null for none (left out, null or blank). */
    private static String phone(FormReader form, JsonNode n) {
        String text = form.text(n, "phone", "联系电话", 30, false);
        if (text == null) {
            return null;
        }
        CodeCheck check = PhoneNumber.check(text);
        check.problem().ifPresent(refusal -> form.problem("phone", "INVALID_PHONE", "phone：" + refusal.reason()));
        return check.valid() ? check.code() : null;
    }

    /** True if {@code n} is the masked value the reader was shown. */
    private static boolean sentBack(JsonNode n, String masked) {
        return masked != null && n != null && n.isString() && n.asString().strip().equals(masked);
    }

    private static String grid(FormReader form, JsonNode body, Lookups lookups) {
        JsonNode location = body.get("location");
        Double lat = null;
        Double lng = null;
        String fromLocation = null;
        if (!FormReader.missing(location) && form.object(location, LOCATION_FIELDS, "location.")) {
            lat = coordinate(form, location.get("lat"), "location.lat", "纬度", 90);
            lng = coordinate(form, location.get("lng"), "location.lng", "经度", 180);
            String crs = form.text(location.get("crs"), "location.crs", "坐标系", 10, false);
            crs = crs == null ? "wgs84" : crs;
            if (!Set.of("wgs84", "gcj02", "bd09").contains(crs)) {
                form.problem("location.crs", "INVALID_FIELD", "location.crs：坐标系须为 wgs84、gcj02 或 bd09");
            } else if (lat != null && lng != null) {
                fromLocation = lookups.gridAt(lat, lng, crs).orElse(null);
            }
        }
        String grid = form.text(body.get("gridCode"), "gridCode", "所在网格", 15, false);
        if (grid != null && !lookups.gridInReach(grid)) {
            form.problem("gridCode", "UNKNOWN_GRID", "gridCode：网格 " + grid + " 不存在或不在您的管辖范围内");
            grid = null;
        } else if (grid == null && lat != null && lng != null && fromLocation == null) {
            form.problem("location", "OUTSIDE_GRIDS", "location：该位置不在您管辖范围内的任何网格中，请选择所在网格");
        } else if (grid == null && FormReader.missing(location)) {
            form.problem("gridCode", "REQUIRED", "gridCode：请选择所在网格，或给出位置 location");
        }
        return grid != null ? grid : fromLocation;
    }

    private static Double coordinate(FormReader form, JsonNode n, String field, String label, int limit) {
        if (FormReader.missing(n) || !n.isNumber() || Math.abs(n.doubleValue()) > limit || !Double.isFinite(n.doubleValue())) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "须为 -" + limit + " 到 " + limit + " 之间的数");
            return null;
        }
        return n.doubleValue();
    }

    private static PersonCategory category(FormReader form, JsonNode n, Lookups lookups, String kept) {
        String code = form.text(n, "category", "人员类别", 40, true);
        if (code == null) {
            return null;
        }
        return CatalogueEdit.choose(form, "category", "人员类别", "CATEGORY", "/api/v1/person-categories", code, lookups.category(code), kept);
    }

    private static Long caseId(FormReader form, JsonNode n) {
        if (FormReader.missing(n)) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 1) {
            form.problem("followUpCaseId", "INVALID_FIELD", "followUpCaseId：跟进事件须为事件编号（正整数）");
            return null;
        }
        return n.longValue();
    }

    private static void notForOthers(FormReader form, JsonNode body, String field, String label, PersonCategory category) {
        if (!FormReader.missing(body.get(field))) {
            form.problem(field, "NOT_A_KEY_PERSON", field + "：" + category.name() + "不是重点人员，没有" + label);
        }
    }

    private static <E extends Enum<E> & Choice> E choice(FormReader form, JsonNode n, String field, String label, Class<E> type) {
        String text = form.text(n, field, label, 20, false);
        if (text == null) {
            return null;
        }
        Optional<E> found = Choice.parse(type, text);
        if (found.isEmpty()) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "须为 " + Choice.ids(type) + "（" + Choice.labels(type) + "）之一");
        }
        return found.orElse(null);
    }
}
