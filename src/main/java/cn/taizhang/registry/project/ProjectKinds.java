package cn.taizhang.registry.project;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.CatalogueEdit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of project kinds (项目类别), in the order lists show them. Read by everyone signed in; the 系统管理员 adds
 * kinds ({@code {code, name, unit, phrase?, lengthLabel?}}), which projects may use at once, and edits, reorders, retires
 * (停用) and restores them. A kind is never removed: projects keep theirs, a retired one too, but new projects and changes
 * cannot take a retired kind.
 */
@Repository
public class ProjectKinds {

    static final String CODE = "[a-z][a-z0-9_]{1,39}";
    static final String TARGET = "project_kind";
    private static final Set<String> FIELDS = Set.of("code", "name", "unit", "phrase", "lengthLabel");
    private static final Set<String> EDITED = Set.of("unit", "phrase", "lengthLabel");
    private static final String SELECT = "SELECT code, name, unit, phrase, length_label, position, retired FROM project_kind ";

    private final JdbcClient jdbc;

    ProjectKinds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProjectKind> all() {
        return jdbc.sql(SELECT + "ORDER BY position, code").query(ProjectKind.class).list();
    }

    /** The kinds by code. */
    Map<String, ProjectKind> byCode() {
        return all().stream().collect(Collectors.toMap(ProjectKind::code, Function.identity()));
    }

    public Optional<ProjectKind> find(String code) {
        return jdbc.sql(SELECT + "WHERE code = :code").param("code", code).query(ProjectKind.class).optional();
    }

    /** The code of the kind with this name or code, for an imported sheet written by name. */
    Optional<String> codeOf(String nameOrCode) {
        return all().stream().filter(k -> k.name().equals(nameOrCode) || k.code().equals(nameOrCode)).map(ProjectKind::code).findFirst();
    }

    /** Adds a kind at the end of the list; 409 if its code or name is taken. */
    @Transactional
    public ProjectKind create(JsonNode body) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String code = form.text(body.get("code"), "code", "类别编码", 40, true);
        if (code != null && !code.matches(CODE)) {
            form.problem("code", "INVALID_FIELD", "code：类别编码须为 2 到 40 个小写字母、数字或下划线，以字母开头");
        }
        String name = form.text(body.get("name"), "name", "类别名称", 20, true);
        String unit = form.text(body.get("unit"), "unit", "计量单位（如 条、个、处）", 4, true);
        String phrase = form.text(body.get("phrase"), "phrase", "报道用语（如 改造背街小巷）", 30, false);
        String lengthLabel = form.text(body.get("lengthLabel"), "lengthLabel", "长度的说法（如 道路总长）", 10, false);
        form.check();
        find(code).ifPresent(taken -> {
            throw taken("CODE_TAKEN", "项目类别编码 " + code + " 已存在（" + taken.name() + "）");
        });
        if (all().stream().anyMatch(k -> k.name().equals(name))) {
            throw taken("NAME_TAKEN", "项目类别名称“" + name + "”已存在");
        }
        try {
            jdbc.sql("""
                    INSERT INTO project_kind (code, name, unit, phrase, length_label, position)
                    VALUES (:code, :name, :unit, :phrase, :lengthLabel, (SELECT coalesce(max(position), 0) + 1 FROM project_kind))
                    """).param("code", code).param("name", name).param("unit", unit)
                    .param("phrase", phrase != null ? phrase : ProjectSentence.phraseOf(name))
                    .param("lengthLabel", lengthLabel != null ? lengthLabel : "总长").update();
        } catch (DuplicateKeyException raced) {
            throw taken("CODE_TAKEN", "项目类别编码 " + code + " 或名称“" + name + "”已存在");
        }
        AuditNote.created(TARGET, code);
        return find(code).orElseThrow();
    }

    /**
     * Edits a kind's {@code {name?, unit?, phrase?, lengthLabel?, position?, retired?}} (its code never changes); 404 if
     * unknown, 409 if the name is another's.
     */
    @Transactional
    public ProjectKind update(String code, JsonNode body) {
        ProjectKind before = find(code).orElseThrow(() -> CatalogueEdit.notFound("项目类别", code));
        CatalogueEdit edit = CatalogueEdit.of(body, before, EDITED);
        CatalogueEdit.Common common = edit.common("类别名称", 20);
        String unit = edit.text("unit", "计量单位（如 条、个、处）", 4, before.unit());
        String phrase = edit.text("phrase", "报道用语（如 改造背街小巷）", 30, before.phrase());
        String lengthLabel = edit.text("lengthLabel", "长度的说法（如 道路总长）", 10, before.lengthLabel());
        edit.check(common.name(), all(), "项目类别");
        try {
            jdbc.sql("""
                    UPDATE project_kind SET name = :name, unit = :unit, phrase = :phrase, length_label = :lengthLabel, position = :position,
                        retired = :retired
                    WHERE code = :code
                    """).param("name", common.name()).param("unit", unit).param("phrase", phrase).param("lengthLabel", lengthLabel)
                    .param("position", common.position()).param("retired", common.retired()).param("code", code).update();
        } catch (DuplicateKeyException raced) {
            throw CatalogueEdit.nameTaken("项目类别", common.name());
        }
        ProjectKind after = find(code).orElseThrow();
        CatalogueEdit.audit(TARGET, before, after);
        return after;
    }

    private static Problem taken(String code, String detail) {
        return new Problem(Problem.Kind.CONFLICT, code, detail);
    }
}
