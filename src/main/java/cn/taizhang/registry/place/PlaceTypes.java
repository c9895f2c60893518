package cn.taizhang.registry.place;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
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
 * types ({@code {code, name}}), which places may use at once. A type is never removed: places keep theirs.
 */
@Repository
public class PlaceTypes {

    static final String CODE = "[a-z][a-z0-9_]{1,39}";
    private static final Set<String> FIELDS = Set.of("code", "name");

    private final JdbcClient jdbc;

    PlaceTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlaceType> all() {
        return jdbc.sql("SELECT code, name FROM place_type ORDER BY position, code").query(PlaceType.class).list();
    }

    /** Names by code. */
    Map<String, String> names() {
        return all().stream().collect(Collectors.toMap(PlaceType::code, PlaceType::name));
    }

    public Optional<PlaceType> find(String code) {
        return jdbc.sql("SELECT code, name FROM place_type WHERE code = :code").param("code", code).query(PlaceType.class).optional();
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
        AuditNote.created("place_type", code);
        return new PlaceType(code, name);
    }

    private static Problem taken(String code, String detail) {
        return new Problem(Problem.Kind.CONFLICT, code, detail);
    }
}
