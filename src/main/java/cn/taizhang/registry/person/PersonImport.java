package cn.taizhang.registry.person;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.platform.excel.ImportError;
import cn.taizhang.platform.excel.ImportRejected;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.LedgerImport;
import cn.taizhang.registry.RegistryHistory;
import cn.taizhang.registry.codes.CodeCheck;
import cn.taizhang.registry.codes.IdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A persons sheet imported (人员台账导入): every row checked as the API checks a request, and keyed by its ID number —
 * compared by its lookup hash, never plain. A person registered already is updated when the importer may edit them
 * (and left alone when the row says what is stored), refused when they lie outside the importer's reach; a row may
 * instead name the person by the 人员编号 it was exported with, and then the masked ID number, phone and name it was
 * exported with keep what is stored, as in an edit through the API. With {@link LedgerImport.Mode#ALL} nothing is
 * written unless every row is clean. No error ever quotes an ID number or a phone.
 */
@Service
public class PersonImport {

    /** What an import did: rows read, persons created, updated and left as they were, and the rows refused. */
    public record Result(int rows, int created, int updated, int unchanged, List<ImportError> errors) {
    }

    /** A row as checked: the person it updates (null for a new one), what the row says, and its ID number's lookup hash. */
    record Imported(PersonRow stored, NewPerson person, String hash) {
    }

    private static final Pattern MASKED_ID = Pattern.compile("[0-9]{6}\\*{8}[0-9]{3}[0-9Xx]");
    /** Whatever in a message could be an ID number or a phone: 11 characters or more of digits (with X, hyphens, spaces). */
    private static final Pattern NUMBER = Pattern.compile("(?U)\\d[\\d\\s-]{9,}[\\dXx]");

    private final Persons persons;
    private final PersonRepository repository;
    private final PersonViews views;
    private final PersonLedger ledger;
    private final RegistryHistory history;

    PersonImport(Persons persons, PersonRepository repository, PersonViews views, PersonLedger ledger, RegistryHistory history) {
        this.persons = persons;
        this.repository = repository;
        this.views = views;
        this.ledger = ledger;
        this.history = history;
    }

    LedgerImport<Person, Imported> format() {
        return new LedgerImport<>(ledger.ledger(), "居民身份证号码");
    }

    @Transactional
    public Result run(Caller caller, byte[] file, LedgerImport.Mode mode, boolean dryRun) {
        try {
            return checkAndWrite(caller, file, mode, dryRun);
        } catch (ImportRejected rejected) {
            throw new ImportRejected(scrub(rejected.getMessage()), scrubbed(rejected.importErrors()));
        } catch (Problem p) {
            if (p.kind() != Problem.Kind.INVALID) {
                throw p;
            }
            throw new Problem(p.kind(), p.code(), scrub(p.getMessage()),
                    p.errors().stream().map(f -> new FieldProblem(f.field(), f.code(), scrub(f.detail()))).toList());
        }
    }

    private Result checkAndWrite(Caller caller, byte[] file, LedgerImport.Mode mode, boolean dryRun) {
        Scope scope = Persons.writerScope(caller);
        PersonForm.Lookups lookups = persons.lookups(scope);
        LocalDate today = Persons.today();
        LedgerImport.Outcome<Imported> checked = format().check(file, body -> read(body, scope, lookups, today), Imported::hash);
        List<ImportError> errors = new ArrayList<>(checked.errors());
        List<Imported> created = new ArrayList<>();
        List<Imported> changed = new ArrayList<>();
        List<Persons.Revision> revisions = new ArrayList<>();
        int unchanged = 0;
        for (LedgerImport.Checked<Imported> row : checked.clean()) {
            Imported r = row.record();
            if (r.stored() == null) {
                created.add(r);
                continue;
            }
            Persons.Revision revision = persons.revise(r.stored(), r.person(), r.hash());
            if (revision.unchanged()) {
                unchanged++;
            } else {
                changed.add(r);
                revisions.add(revision);
            }
        }
        if (mode == LedgerImport.Mode.ALL && !errors.isEmpty()) {
            throw new ImportRejected("导入文件有 " + errors.size() + " 处错误，未写入任何数据；请按错误清单修改后重新导入", scrubbed(errors));
        }
        if (!dryRun) {
            try {
                write(caller, scope, created, changed, revisions);
            } catch (DuplicateKeyException race) {
                throw new Problem(Problem.Kind.CONFLICT, "ID_NUMBER_TAKEN", "导入期间，文件中的身份证号码有的刚刚已由他人登记，未写入任何数据；请重新导入");
            }
        }
        AuditNote.changed(Persons.REGISTRY, "import", null, created.size() + " created, " + changed.size() + " updated");
        errors.sort(Comparator.comparingInt(ImportError::row));
        return new Result(checked.rows(), created.size(), changed.size(), unchanged, scrubbed(errors));
    }

    /** One row: the person it names (by 人员编号, or by an ID number registered already in reach), then the API's form. */
    private Imported read(JsonNode body, Scope scope, PersonForm.Lookups lookups, LocalDate today) {
        ObjectNode row = (ObjectNode) body;
        JsonNode personId = row.remove(PersonLedger.ID);
        PersonRow stored = personId == null ? byIdNumber(row.get("idNumber"), scope, today) : byPersonId(personId, scope);
        // a registered person keeps their category even once retired, as in an edit (an exported sheet imported again)
        NewPerson p = PersonForm.read(row, lookups, today, stored == null ? null : PersonForm.Stored.of(stored),
                stored == null ? null : stored.categoryCode());
        String hash = p.idNumber() == null ? stored.idNumberHash() : persons.lookupHash(p.idNumber());
        if (stored != null && !hash.equals(stored.idNumberHash())) {
            repository.findByHash(hash).ifPresent(other -> {
                throw field("idNumber", "ID_NUMBER_TAKEN", scope.covers(other.areaCode())
                        ? "该身份证号码已登记为另一人员（人员编号 " + other.id() + "）" : "该身份证号码已在其他辖区登记");
            });
        }
        return new Imported(stored, p, hash);
    }

    private PersonRow byPersonId(JsonNode id, Scope scope) {
        if (!id.isIntegralNumber() || !id.canConvertToLong() || id.longValue() < 1) {
            throw field(PersonLedger.ID, "INVALID_FIELD", "人员编号须为正整数（导出时带出的编号）；新登记的人员不填");
        }
        return repository.find(id.longValue(), scope)
                .orElseThrow(() -> field(PersonLedger.ID, "UNKNOWN_PERSON", "人员编号 " + id.longValue() + " 不存在或不在您的辖区内"));
    }

    /** The person registered with this ID number, if any and in reach; an ID number masked as exported finds nobody. */
    private PersonRow byIdNumber(JsonNode idNumber, Scope scope, LocalDate today) {
        if (idNumber == null || !idNumber.isString()) {
            return null;
        }
        String text = idNumber.asString().strip();
        if (MASKED_ID.matcher(text).matches()) {
            throw field("idNumber", "ID_NUMBER_MASKED", "身份证号码是脱敏显示的，据此找不到人员：请填写完整号码，或保留导出时的“人员编号”列");
        }
        CodeCheck check = IdNumber.check(text, today);
        if (!check.valid()) {
            return null; // the form names the problem
        }
        Optional<PersonRow> existing = repository.findByHash(persons.lookupHash(check.code()));
        if (existing.isPresent() && !scope.covers(existing.get().areaCode())) {
            throw field("idNumber", "ID_NUMBER_TAKEN", "该身份证号码已在其他辖区登记，不能在此修改；请与其所在辖区核实");
        }
        return existing.orElse(null);
    }

    private void write(Caller caller, Scope scope, List<Imported> created, List<Imported> changed, List<Persons.Revision> revisions) {
        List<RegistryHistory.Line> lines = new ArrayList<>();
        List<Long> ids = repository.insertAll(created.stream().map(r -> persons.stored(r.person(), r.hash())).toList());
        for (int from = 0; from < ids.size(); from += 1_000) {
            for (Person p : views.of(repository.findByIds(ids.subList(from, Math.min(ids.size(), from + 1_000))))) {
                lines.add(new RegistryHistory.Line(p.id(), Map.of(), ledger.texts(p)));
            }
        }
        for (int i = 0; i < changed.size(); i++) {
            PersonRow before = changed.get(i).stored();
            if (!repository.update(before.id(), before.version(), revisions.get(i).next())) {
                throw Versions.stale("人员（人员编号 " + before.id() + "）");
            }
            Person was = views.of(before);
            Person now = views.of(repository.find(before.id(), scope).orElseThrow());
            lines.add(new RegistryHistory.Line(before.id(), ledger.texts(was), persons.afterTexts(was, now, revisions.get(i))));
        }
        history.recordAll(Persons.REGISTRY, "imported", caller.id(), caller.name(), ledger.labels(), lines);
    }

    private static Problem field(String field, String code, String reason) {
        return Problem.invalid(List.of(new FieldProblem(field, code, field + "：" + reason)));
    }

    private static List<ImportError> scrubbed(List<ImportError> errors) {
        return errors.stream().map(e -> new ImportError(e.row(), e.column(), e.code(), scrub(e.detail()))).toList();
    }

    /** The text with anything that could be an ID number or a phone masked as the registry masks them. */
    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group().replaceAll("[\\s-]", "");
            m.appendReplacement(out, Matcher.quoteReplacement(number.length() >= 15 ? PersonalDataMasks.idNumber(number)
                    : PersonalDataMasks.phone(number)));
        }
        return m.appendTail(out).toString();
    }
}
