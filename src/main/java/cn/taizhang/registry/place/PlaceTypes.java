package cn.taizhang.registry.place;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.CatalogueEdit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of place types (场所类型), in the order lists show them. Read by everyone signed in; the 系统管理员 adds
 * types ({@code {code, name}}), which places may use at once, and renames, reorders, retires (停用) and restores them. A
 * type is never removed: places keep theirs, a retired one too, but new places and changes cannot take a retired type.
 */
@Repository
public class PlaceTypes {

    static final String CODE = "[a-z][a-z0-9_]{1,39}";
    static final String TARGET = "place_type";
    private static final Set<String> FIELDS = Set.of("code", "name");
    private static final String SELECT = "SELECT code, name, position, retired FROM place_type ";

    private final JdbcClient jdbc;

    PlaceTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlaceType> all() {
        return jdbc.sql(SELECT + "ORDER BY position, code").query(PlaceType.class).list();
    }

    /** Names by code. */
    Map<String, String> names() {
        return all().stream().collect(Collectors.toMap(PlaceType::code, PlaceType::name));
    }

    public Optional<PlaceType> find(String code) {
        return jdbc.sql(SELECT + "WHERE code = :code").param("code", code).query(PlaceType.class).optional();
    }

    /** The code of the type with this name or code, for an imported sheet written by name. */
    Optional<String> codeOf(String nameOrCode) {
        return all().stream().filter(t -> t.name().equals(nameOrCode) || t.code().equals(nameOrCode)).map(PlaceType::code).findFirst();
    }

    /** Adds a type at the end of the list; 409 if its code or name is taken. */
    @Transactional
    public PlaceType create(JsonNode body) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String code = form.text(body.get("code"), "code", "类型编码", 40, true);
        if (code != null && !code.matches(CODE)) {
            form.problem("code", "INVALID_FIELD", "code：类型编码须为 2 到 40 个小写字母、数字或下划线，以字母开头");
        }
        String name = form.text(body.get("name"), "name", "类型名称", 20, true);
        form.check();
        find(code).ifPresent(taken -> {
            throw taken("CODE_TAKEN", "场所类型编码 " + code + " 已存在（" + taken.name() + "）");
        });
        if (all().stream().anyMatch(t -> t.name().equals(name))) {
            throw taken("NAME_TAKEN", "场所类型名称“" + name + "”已存在");
        }
        try {
            jdbc.sql("""
                    INSERT INTO place_type (code, name, position)
                    VALUES (:code, :name, (SELECT coalesce(max(position), 0) + 1 FROM place_type))
                    """).param("code", code).param("name", name).update();
        } catch (DuplicateKeyException raced) {
            throw taken("CODE_TAKEN", "场所类型编码 " + code + " 或名称“" + name + "”已存在");
        }
        AuditNote.created(TARGET, code);
        return find(code).orElseThrow();
    }

    /** Edits a type's {@code {name?, position?, retired?}} (its code never changes); 404 if unknown, 409 if the name is another's. */
    @Transactional
    public PlaceType update(String code, JsonNode body) {
        PlaceType before = find(code).orElseThrow(() -> CatalogueEdit.notFound("场所类型", code));
        CatalogueEdit edit = CatalogueEdit.of(body, before, Set.of());
        CatalogueEdit.Common common = edit.common("类型名称", 20);
        edit.check(common.name(), all(), "场所类型");
        try {
            jdbc.sql("UPDATE place_type SET name = :name, position = :position, retired = :retired WHERE code = :code")
                    .param("name", common.name()).param("position", common.position()).param("retired", common.retired())
                    .param("code", code).update();
        } catch (DuplicateKeyException raced) {
            throw CatalogueEdit.nameTaken("场所类型", common.name());
        }
        PlaceType after = find(code).orElseThrow();
        CatalogueEdit.audit(TARGET, before, after);
        return after;
    }

    private static Problem taken(String code, String detail) {
        return new Problem(Problem.Kind.CONFLICT, code, detail);
    }
}
