package cn.taizhang.registry;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An edit of a catalogue entry by the 系统管理员 ({@code PUT /api/v1/place-types/{code}} and the like): what every
 * catalogue has — {@code name}, {@code position} and {@code retired} — read from the body, a field left out keeping its
 * value; the code may be sent back but never changes. The catalogue reads its own further fields with {@link #text} and
 * the same {@link FormReader}. Also how a record's form takes an entry ({@link #choose}).
 */
public final class CatalogueEdit {

    public static final int MAX_POSITION = 9999;
    private static final Set<String> FIELDS = Set.of("code", "name", "position", "retired");

    /** The common fields as edited: each as sent, or as it was. */
    public record Common(String name, int position, boolean retired) {
    }

    private final FormReader form = new FormReader();
    private final JsonNode body;
    private final CatalogueEntry before;

    private CatalogueEdit(JsonNode body, CatalogueEntry before) {
        this.body = body;
        this.before = before;
    }

    /** Starts reading an edit of {@code before}; {@code fields}: the catalogue's further fields. A body that is no object is refused at once. */
    public static CatalogueEdit of(JsonNode body, CatalogueEntry before, Set<String> fields) {
        CatalogueEdit edit = new CatalogueEdit(body, before);
        Set<String> known = new HashSet<>(FIELDS);
        known.addAll(fields);
        if (!edit.form.object(body, known, "")) {
            edit.form.check();
        }
        JsonNode code = body.get("code");
        if (code != null && !(code.isString() && code.asString().strip().equals(before.code()))) {
            edit.form.problem("code", "CODE_FIXED", "code：编码不能修改（本条为 " + before.code() + "）");
        }
        return edit;
    }

    /** The name, position and retired as edited; {@code nameLabel}: how the problems name the name (类型名称). */
    public Common common(String nameLabel, int maxName) {
        String name = text("name", nameLabel, maxName, before.name());
        Integer position = body.has("position")
                ? form.integer(body.get("position"), "position", "显示顺序", 1, MAX_POSITION) : Integer.valueOf(before.position());
        Boolean retired = form.bool(body.get("retired"), "retired", "是否停用", before.retired());
        return new Common(name, position == null ? before.position() : position, retired == null ? before.retired() : retired);
    }

    /** A further text field: as sent (not blank, at most {@code max} characters), or {@code kept} when left out. */
    public String text(String field, String label, int max, String kept) {
        return body.has(field) ? form.text(body.get(field), field, label, max, true) : kept;
    }

    /** A further boolean field: as sent, or {@code kept} when left out. */
    public boolean bool(String field, String label, boolean kept) {
        Boolean value = form.bool(body.get(field), field, label, kept);
        return value == null ? kept : value;
    }

    /** Throws the 400 naming every bad field, if there is one; then 409 {@code NAME_TAKEN} if another entry has the name. */
    public void check(String name, List<? extends CatalogueEntry> all, String catalogue) {
        form.check();
        if (all.stream().anyMatch(e -> e.name().equals(name) && !e.code().equals(before.code()))) {
            throw nameTaken(catalogue, name);
        }
    }

    public static Problem nameTaken(String catalogue, String name) {
        return new Problem(Problem.Kind.CONFLICT, "NAME_TAKEN", catalogue + "名称“" + name + "”已被其他条目使用");
    }

    /** 404 for an edit of a code the catalogue does not have. */
    public static Problem notFound(String catalogue, String code) {
        return Problem.notFound(catalogue + " " + code + " ");
    }

    /** Notes the edit for the audit row: the entry before and after, in a few words each. */
    public static void audit(String target, CatalogueEntry before, CatalogueEntry after) {
        AuditNote.changed(target, before.code(), ref(before), ref(after));
    }

    private static String ref(CatalogueEntry e) {
        return e.name() + " #" + e.position() + (e.retired() ? " retired" : "");
    }

    /**
     * The entry a record's form names in {@code field}, if the record may take it: one the catalogue has and, when retired,
     * only if it is the record's own already ({@code kept}, null for a new record or an import). Otherwise null, with the
     * field's problem: {@code UNKNOWN_<what>} or {@code RETIRED_<what>} ("type：场所类型 网吧 已停用").
     */
    public static <E extends CatalogueEntry> E choose(FormReader form, String field, String label, String what, String listPath, String code,
            Optional<E> entry, String kept) {
        if (entry.isEmpty()) {
            form.problem(field, "UNKNOWN_" + what, field + "：" + label + " " + code + " 不在目录中（见 GET " + listPath + "）");
            return null;
        }
        if (entry.get().retired() && !entry.get().code().equals(kept)) {
            form.problem(field, "RETIRED_" + what, field + "：" + label + " " + entry.get().name() + " 已停用，不能再选用");
            return null;
        }
        return entry.get();
    }
}
