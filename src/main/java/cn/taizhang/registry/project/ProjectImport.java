package cn.taizhang.registry.project;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.excel.ImportError;
import cn.taizhang.platform.excel.ImportRejected;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.LedgerImport;
import cn.taizhang.registry.RegistryHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A project sheet imported (项目台账导入): every row checked as the API checks a request (its area inside the importer's
 * jurisdiction), a row naming a registered project by its key — kind, name and year — updating it when the row says
 * something else and the importer may edit it, changing nothing when it says what is stored, registering a new project
 * otherwise; a key repeated within the file is refused, as is one registered outside the importer's reach or twice. With
 * {@link LedgerImport.Mode#ALL} nothing is written unless every row is clean; the rows are written in one transaction with
 * their history lines.
 */
@Service
public class ProjectImport {

    /** What an import did: rows read, projects created, updated and left as they were, and the rows refused. */
    public record Result(int rows, int created, int updated, int unchanged, List<ImportError> errors) {
    }

    static final String KEY_HEADER = "项目名称";

    private final Projects projects;
    private final ProjectRepository repository;
    private final ProjectViews views;
    private final ProjectLedger ledger;
    private final RegistryHistory history;

    ProjectImport(Projects projects, ProjectRepository repository, ProjectViews views, ProjectLedger ledger, RegistryHistory history) {
        this.projects = projects;
        this.repository = repository;
        this.views = views;
        this.ledger = ledger;
        this.history = history;
    }

    LedgerImport<Project, NewProject> format() {
        return new LedgerImport<>(ledger.ledger(), KEY_HEADER);
    }

    @Transactional
    public Result run(Caller caller, byte[] file, LedgerImport.Mode mode, boolean dryRun) {
        Scope scope = Projects.writerScope(caller);
        Function<JsonNode, NewProject> form = projects.form(scope);
        LedgerImport.Outcome<NewProject> checked = format().check(file, form, NewProject::key);
        List<ImportError> errors = new ArrayList<>(checked.errors());
        Map<String, List<ProjectRow>> existing = repository.findByKeys(checked.clean().stream().map(LedgerImport.Checked::record).toList())
                .stream().collect(Collectors.groupingBy(r -> r.asNew().key()));
        List<NewProject> created = new ArrayList<>();
        List<ProjectRow> changed = new ArrayList<>();
        List<NewProject> changes = new ArrayList<>();
        int unchanged = 0;
        for (LedgerImport.Checked<NewProject> row : checked.clean()) {
            List<ProjectRow> same = existing.getOrDefault(row.record().key(), List.of());
            if (same.isEmpty()) {
                created.add(row.record());
            } else if (same.size() > 1) {
                errors.add(ImportError.at(row.row(), KEY_HEADER, "AMBIGUOUS_PROJECT", "同一类别、同一年度已登记 " + same.size()
                        + " 个同名项目（编号 " + same.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining("、"))
                        + "），无法确定更新哪一个，请在页面上修改"));
            } else if (!scope.covers(same.get(0).areaCode())) {
                errors.add(ImportError.at(row.row(), KEY_HEADER, "PROJECT_TAKEN", "同一类别、同一年度的同名项目已由其他辖区登记，不能在此修改"));
            } else if (same.get(0).asNew().equals(row.record())) {
                unchanged++;
            } else {
                changed.add(same.get(0));
                changes.add(row.record());
            }
        }
        if (mode == LedgerImport.Mode.ALL && !errors.isEmpty()) {
            throw new ImportRejected("导入文件有 " + errors.size() + " 处错误，未写入任何数据；请按错误清单修改后重新导入", errors);
        }
        if (!dryRun) {
            write(caller, created, changed, changes);
            AuditNote.changed(Projects.REGISTRY, "import", null, created.size() + " created, " + changed.size() + " updated");
        }
        errors.sort(Comparator.comparingInt(ImportError::row));
        return new Result(checked.rows(), created.size(), changed.size(), unchanged, errors);
    }

    /** Writes the new records a thousand at a time with their history lines, then the changed ones in batches alike. */
    private void write(Caller caller, List<NewProject> created, List<ProjectRow> changed, List<NewProject> changes) {
        LedgerImport.inBatches(created, batch -> history.recordAll(Projects.REGISTRY, "imported", caller.id(), caller.name(), ledger.ledger().labels(),
                views.of(repository.findByIds(repository.insertAll(batch))).stream()
                        .map(r -> new RegistryHistory.Line(r.id(), Map.of(), ledger.ledger().texts(r))).toList()));
        List<Integer> positions = IntStream.range(0, changed.size()).boxed().toList();
        LedgerImport.inBatches(positions, batch -> {
            List<RegistryHistory.Line> lines = new ArrayList<>();
            for (int i : batch) {
                ProjectRow before = changed.get(i);
                if (!repository.update(before.id(), before.version(), changes.get(i))) {
                    throw Versions.stale("项目 " + before.name() + " ");
                }
                Project after = views.of(repository.findByIds(List.of(before.id())).get(0));
                lines.add(new RegistryHistory.Line(before.id(), ledger.ledger().texts(views.of(before)), ledger.ledger().texts(after)));
            }
            history.recordAll(Projects.REGISTRY, "imported", caller.id(), caller.name(), ledger.ledger().labels(), lines);
        });
    }
}
