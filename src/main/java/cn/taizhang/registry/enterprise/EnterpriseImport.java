package cn.taizhang.registry.enterprise;

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
 * An enterprise sheet imported (企业台账导入): every row checked as the API checks a request, codes repeated within the
 * file refused, a code registered already updating that enterprise when the importer may edit it (and changing nothing
 * when the row says what is stored), refused when it lies outside the importer's reach. With {@link LedgerImport.Mode#ALL}
 * nothing is written unless every row is clean; the rows are written in one transaction with their history lines.
 */
@Service
public class EnterpriseImport {

    /** What an import did: rows read, enterprises created, updated and left as they were, and the rows refused. */
    public record Result(int rows, int created, int updated, int unchanged, List<ImportError> errors) {
    }


    private final Enterprises enterprises;
    private final EnterpriseRepository repository;
    private final EnterpriseViews views;
    private final EnterpriseLedger ledger;
    private final RegistryHistory history;

    EnterpriseImport(Enterprises enterprises, EnterpriseRepository repository, EnterpriseViews views, EnterpriseLedger ledger,
            RegistryHistory history) {
        this.enterprises = enterprises;
        this.repository = repository;
        this.views = views;
        this.ledger = ledger;
        this.history = history;
    }

    LedgerImport<Enterprise, NewEnterprise> format() {
        return new LedgerImport<>(ledger.ledger(), "统一社会信用代码");
    }

    @Transactional
    public Result run(Caller caller, byte[] file, LedgerImport.Mode mode, boolean dryRun) {
        Scope scope = Enterprises.writerScope(caller);
        Function<JsonNode, NewEnterprise> form = enterprises.form(scope);
        LedgerImport.Outcome<NewEnterprise> checked = format().check(file, form, NewEnterprise::uscc);
        List<ImportError> errors = new ArrayList<>(checked.errors());
        Map<String, EnterpriseRow> existing = repository.findByCodes(checked.clean().stream().map(c -> c.record().uscc()).toList()).stream()
                .collect(Collectors.toMap(EnterpriseRow::uscc, r -> r));
        List<NewEnterprise> created = new ArrayList<>();
        List<EnterpriseRow> changed = new ArrayList<>();
        List<NewEnterprise> changes = new ArrayList<>();
        int unchanged = 0;
        for (LedgerImport.Checked<NewEnterprise> row : checked.clean()) {
            EnterpriseRow before = existing.get(row.record().uscc());
            if (before == null) {
                created.add(row.record());
            } else if (!enterprises.inReach(scope, before)) {
                errors.add(ImportError.at(row.row(), "统一社会信用代码", "USCC_TAKEN", "该统一社会信用代码已由其他辖区或部门登记，不能在此修改"));
            } else if (before.asNew().equals(row.record())) {
                unchanged++;
            } else {
                changed.add(before);
                changes.add(row.record());
            }
        }
        if (mode == LedgerImport.Mode.ALL && !errors.isEmpty()) {
            throw new ImportRejected("导入文件有 " + errors.size() + " 处错误，未写入任何数据；请按错误清单修改后重新导入", errors);
        }
        if (!dryRun) {
            write(caller, created, changed, changes);
        }
        AuditNote.changed(Enterprises.REGISTRY, "import", null, created.size() + " created, " + changed.size() + " updated");
        errors.sort(Comparator.comparingInt(ImportError::row));
        return new Result(checked.rows(), created.size(), changed.size(), unchanged, errors);
    }

    /** Writes the new enterprises a thousand at a time with their history lines, then the changed ones one by one. */
    /** Writes the new records a thousand at a time with their history lines, then the changed ones in batches alike. */
    private void write(Caller caller, List<NewEnterprise> created, List<EnterpriseRow> changed, List<NewEnterprise> changes) {
        LedgerImport.inBatches(created, batch -> history.recordAll(Enterprises.REGISTRY, "imported", caller.id(), caller.name(), ledger.ledger().labels(),
                views.of(repository.findByIds(repository.insertAll(batch))).stream()
                        .map(r -> new RegistryHistory.Line(r.id(), Map.of(), ledger.ledger().texts(r))).toList()));
        List<Integer> positions = IntStream.range(0, changed.size()).boxed().toList();
        LedgerImport.inBatches(positions, batch -> {
            List<RegistryHistory.Line> lines = new ArrayList<>();
            for (int i : batch) {
                EnterpriseRow before = changed.get(i);
                if (!repository.update(before.id(), before.version(), changes.get(i))) {
                    throw Versions.stale("企业 " + before.uscc() + " ");
                }
                Enterprise after = views.of(repository.findByIds(List.of(before.id())).get(0));
                lines.add(new RegistryHistory.Line(before.id(), ledger.ledger().texts(views.of(before)), ledger.ledger().texts(after)));
            }
            history.recordAll(Enterprises.REGISTRY, "imported", caller.id(), caller.name(), ledger.ledger().labels(), lines);
        });
    }
}
