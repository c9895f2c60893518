package cn.taizhang.registry.person;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of person categories, in its order; the 系统管理员 adds to it (a category is not renamed or removed
 * here: persons and their history name it). Whether a category is of key persons decides who sees their names.
 */
@Service
public class PersonCategories {

    static final String TARGET = "person_category";
    private static final Set<String> FIELDS = Set.of("code", "name", "keyPerson");

    private final JdbcClient jdbc;

    PersonCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonCategory> all() {
        return jdbc.sql("SELECT code, name, key_person FROM person_category ORDER BY position, code")
                .query((rs, n) -> new PersonCategory(rs.getString("code"), rs.getString("name"), rs.getBoolean("key_person"))).list();
    }

    public Optional<PersonCategory> find(String code) {
        return jdbc.sql("SELECT code, name, key_person FROM person_category WHERE code = :code").param("code", code)
                .query((rs, n) -> new PersonCategory(rs.getString("code"), rs.getString("name"), rs.getBoolean("key_person"))).optional();
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
        return new PersonCategory(code, name, key);
    }

    private static Problem taken(String code, String detail) {
        return new Problem(Problem.Kind.CONFLICT, code, detail);
    }
}
