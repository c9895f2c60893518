package cn.taizhang.registry.person;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.CatalogueEdit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of person categories, in its order; the 系统管理员 adds to it, and renames, reorders, retires (停用) and
 * restores its categories. A category is never removed: persons and their history name it; a retired one stays on the
 * persons that have it, but new persons and changes cannot take it. Whether a category is of key persons decides who sees
 * their names.
 */
@Service
public class PersonCategories {

    static final String TARGET = "person_category";
    private static final Set<String> FIELDS = Set.of("code", "name", "keyPerson");
    private static final String SELECT = "SELECT code, name, key_person, position, retired FROM person_category ";

    private final JdbcClient jdbc;

    PersonCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonCategory> all() {
        return jdbc.sql(SELECT + "ORDER BY position, code").query(PersonCategory.class).list();
    }

    public Optional<PersonCategory> find(String code) {
        return jdbc.sql(SELECT + "WHERE code = :code").param("code", code).query(PersonCategory.class).optional();
    }

    /** The code of the category with this name or code, for an imported cell. */
    public Optional<String> codeOf(String nameOrCode) {
        return all().stream().filter(c -> c.name().equals(nameOrCode) || c.code().equals(nameOrCode)).map(PersonCategory::code).findFirst();
    }

    /** Adds {@code {code, name, keyPerson}} at the end of the catalogue. */
    @Transactional
    public PersonCategory add(JsonNode body) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String code = form.text(body.get("code"), "code", "类别代码", 40, true);
        if (code != null && !code.matches("[a-z][a-z0-9_]{1,39}")) {
            form.problem("code", "INVALID_FIELD", "code：类别代码须为 2 到 40 位小写字母、数字或下划线，以字母开头，如 released_prisoner");
        }
        String name = form.text(body.get("name"), "name", "类别名称", 50, true);
        Boolean key = form.bool(body.get("keyPerson"), "keyPerson", "是否重点人员", false);
        form.check();
        if (find(code).isPresent()) {
            throw taken("CATEGORY_CODE_TAKEN", "类别代码 " + code + " 已存在");
        }
        if (all().stream().anyMatch(c -> c.name().equals(name))) {
            throw taken("CATEGORY_NAME_TAKEN", "类别名称“" + name + "”已存在");
        }
        try {
            jdbc.sql("""
                    INSERT INTO person_category (code, name, key_person, position)
                    VALUES (:code, :name, :key, (SELECT coalesce(max(position), 0) + 1 FROM person_category))
                    """).param("code", code).param("name", name).param("key", key).update();
        } catch (DuplicateKeyException race) {
            throw taken("CATEGORY_TAKEN", "类别代码或名称已存在");
        }
        AuditNote.created(TARGET, code);
        return find(code).orElseThrow();
    }

    /**
     * Edits a category's {@code {name?, keyPerson?, position?, retired?}} (its code never changes); 404 if unknown, 409 if
     * the name is another's. Whether it is of key persons decides at once whose names are masked.
     */
    @Transactional
    public PersonCategory update(String code, JsonNode body) {
        PersonCategory before = find(code).orElseThrow(() -> CatalogueEdit.notFound("人员类别", code));
        CatalogueEdit edit = CatalogueEdit.of(body, before, Set.of("keyPerson"));
        CatalogueEdit.Common common = edit.common("类别名称", 50);
        boolean key = edit.bool("keyPerson", "是否重点人员", before.keyPerson());
        edit.check(common.name(), all(), "人员类别");
        try {
            jdbc.sql("UPDATE person_category SET name = :name, key_person = :key, position = :position, retired = :retired WHERE code = :code")
                    .param("name", common.name()).param("key", key).param("position", common.position()).param("retired", common.retired())
                    .param("code", code).update();
        } catch (DuplicateKeyException raced) {
            throw CatalogueEdit.nameTaken("人员类别", common.name());
        }
        PersonCategory after = find(code).orElseThrow();
        CatalogueEdit.audit(TARGET, before, after);
        return after;
    }

    private static Problem taken(String code, String detail) {
        return new Problem(Problem.Kind.CONFLICT, code, detail);
    }
}
