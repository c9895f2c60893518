package cn.taizhang.registry.place;

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
 * A place sheet imported (场所台账导入): every row checked as the API checks a request (its grid inside the importer's
 * reach), so a row names an existing place by its key — type, name and grid, places having no code of their own — and
 * updates it when the row says something else, changes nothing when it says what is stored, and registers a new place
 * otherwise; a key repeated within the file is refused, as is one that two registered places share. With {@link
 * LedgerImport.Mode#ALL} nothing is written unless every row is clean; the rows are written in one transaction with their
 * history lines.
 */
@Service
public class PlaceImport {

    /** What an import did: rows read, places created, updated and left as they were, and the rows refused. */
    public record Result(int rows, int created, int updated, int unchanged, List<ImportError> errors) {
    }

    static final String KEY_HEADER = "场所名称";

    private final Places places;
    private final PlaceRepository repository;
    private final PlaceViews views;
    private final PlaceLedger ledger;
    private final RegistryHistory history;

    PlaceImport(Places places, PlaceRepository repository, PlaceViews views, PlaceLedger ledger, RegistryHistory history) {
        this.places = places;
        this.repository = repository;
        this.views = views;
        this.ledger = ledger;
        this.history = history;
    }

    LedgerImport<Place, NewPlace> format() {
        return new LedgerImport<>(ledger.ledger(), KEY_HEADER);
    }

    @Transactional
    public Result run(Caller caller, byte[] file, LedgerImport.Mode mode, boolean dryRun) {
        Scope scope = Places.writerScope(caller);
        Function<JsonNode, NewPlace> form = places.form(scope);
        LedgerImport.Outcome<NewPlace> checked = format().check(file, form, NewPlace::key);
        List<ImportError> errors = new ArrayList<>(checked.errors());
        Map<String, List<PlaceRow>> existing = repository.findByKeys(checked.clean().stream().map(LedgerImport.Checked::record).toList())
                .stream().collect(Collectors.groupingBy(r -> r.asNew().key()));
        List<NewPlace> created = new ArrayList<>();
        List<PlaceRow> changed = new ArrayList<>();
        List<NewPlace> changes = new ArrayList<>();
        int unchanged = 0;
        for (LedgerImport.Checked<NewPlace> row : checked.clean()) {
            List<PlaceRow> same = existing.getOrDefault(row.record().key(), List.of());
            if (same.isEmpty()) {
                created.add(row.record());
            } else if (same.size() > 1) {
                errors.add(ImportError.at(row.row(), KEY_HEADER, "AMBIGUOUS_PLACE", "该网格中已登记 " + same.size()
                        + " 个同类型同名的场所（编号 " + same.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining("、"))
                        + "），无法确定更新哪一个，请在页面上修改"));
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
            AuditNote.changed(Places.REGISTRY, "import", null, created.size() + " created, " + changed.size() + " updated");
        }
        errors.sort(Comparator.comparingInt(ImportError::row));
        return new Result(checked.rows(), created.size(), changed.size(), unchanged, errors);
    }

    /** Writes the new records a thousand at a time with their history lines, then the changed ones in batches alike. */
    private void write(Caller caller, List<NewPlace> created, List<PlaceRow> changed, List<NewPlace> changes) {
        LedgerImport.inBatches(created, batch -> history.recordAll(Places.REGISTRY, "imported", caller.id(), caller.name(), ledger.ledger().labels(),
                views.of(repository.findByIds(repository.insertAll(batch))).stream()
                        .map(r -> new RegistryHistory.Line(r.id(), Map.of(), ledger.ledger().texts(r))).toList()));
        List<Integer> positions = IntStream.range(0, changed.size()).boxed().toList();
        LedgerImport.inBatches(positions, batch -> {
            List<RegistryHistory.Line> lines = new ArrayList<>();
            for (int i : batch) {
                PlaceRow before = changed.get(i);
                if (!repository.update(before.id(), before.version(), changes.get(i))) {
                    throw Versions.stale("场所 " + before.name() + " ");
                }
                Place after = views.of(repository.findByIds(List.of(before.id())).get(0));
                lines.add(new RegistryHistory.Line(before.id(), ledger.ledger().texts(views.of(before)), ledger.ledger().texts(after)));
            }
            history.recordAll(Places.REGISTRY, "imported", caller.id(), caller.name(), ledger.ledger().labels(), lines);
        });
    }
}
