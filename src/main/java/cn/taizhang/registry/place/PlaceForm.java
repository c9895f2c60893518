package cn.taizhang.registry.place;

import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.CatalogueEdit;
import cn.taizhang.registry.GridField;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A place as the API (or an imported row, turned into the same JSON) sends it, checked field by field: every problem
 * is named at once, with the field it concerns. A grid comes from {@code gridCode} or from {@code location}. A retired
 * type is taken only by a place that has it already.
 */
final class PlaceForm {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 1000;
    private static final Set<String> FIELDS = Set.of("type", "name", "address", "gridCode", "location", "responsibleUnit", "notes");

    /** What the form looks up; grids are limited to what the writer may reach. */
    interface Lookups extends GridField.Lookups {
        Optional<PlaceType> type(String typeCode);
    }

    private PlaceForm() {
    }

    /** {@code keptType}: the type of the place being edited, null for a new one (or an imported row). */
    static NewPlace read(JsonNode body, Lookups lookups, String keptType) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String type = form.text(body.get("type"), "type", "场所类型", 40, true);
        if (type != null) {
            CatalogueEdit.choose(form, "type", "场所类型", "TYPE", "/api/v1/place-types", type, lookups.type(type), keptType);
        }
        String name = form.text(body.get("name"), "name", "场所名称", MAX_NAME, true);
        String address = form.text(body.get("address"), "address", "地址", MAX_TEXT, false);
        GridField.Located located = GridField.read(form, body, lookups, "场所");
        String unit = form.text(body.get("responsibleUnit"), "responsibleUnit", "责任单位", MAX_TEXT, false);
        String notes = form.text(body.get("notes"), "notes", "备注", MAX_NOTES, false);
        form.check();
        return new NewPlace(type, name, address, located.grid(), located.lat(), located.lng(), unit, notes);
    }
}
