package cn.taizhang.registry.person;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.PersonalDataViewed;
import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.platform.web.ListOrder;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.FieldChange;
import cn.taizhang.registry.Placement;
import cn.taizhang.registry.RegistryHistory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The persons registry (人员台账). Everyone sees the persons of their jurisdiction, with ID numbers and phones masked and
 * — unless they hold one of the plain roles ({@link PlainViewers}) — key persons' names masked too; those who do may see
 * an ID number or a phone plainly, one at a time, giving a reason that the audit trail keeps with the view. The grid
 * worker of the grid and the 指挥员 of the area register and edit persons. Every change is written with its history line
 * (masked values only) and its audit row in one transaction; an edit carries the version it read.
 */
@Service
public class Persons {

    static final String REGISTRY = "person";
    static final int MAX_REASON = 200;
    /** Added to a masked value in the history when the value changed but its mask did not. */
    static final String CHANGED_BEHIND_MASK = "（已修改）";

    private final PersonRepository persons;
    private final PersonViews views;
    private final PersonCategories categories;
    private final RegistryHistory history;
    private final Placement placement;
    private final PersonLedger ledger;
    private final PersonalDataCipher cipher;
    private final PlainViewers plainViewers;
    private final ApplicationEventPublisher events;

    Persons(PersonRepository persons, PersonViews views, PersonCategories categories, RegistryHistory history, Placement placement,
            PersonLedger ledger, PersonalDataCipher cipher, PlainViewers plainViewers, ApplicationEventPublisher events) {
        this.persons = persons;
        this.views = views;
        this.categories = categories;
        this.history = history;
        this.placement = placement;
        this.ledger = ledger;
        this.cipher = cipher;
        this.plainViewers = plainViewers;
        this.events = events;
    }

    /** True if the caller sees plain values: key persons' names here, ID numbers and phones through {@link #plainIdNumber}. */
    public boolean seesPlainly(Caller caller) {
        return plainViewers.may(caller);
    }

    public Optional<Person> find(Caller caller, Scope scope, long id) {
        return persons.find(id, scope).map(views::of).map(p -> p.seenBy(seesPlainly(caller)));
    }

    public ListResponse<Person> list(Caller caller, Scope scope, PersonFilter filter, String sort, int page, int size) {
        boolean plain = seesPlainly(caller);
        List<Person> items = views.of(persons.list(scope, filter, plain, order(plain).orderBy(sort), page * size, size)).stream()
                .map(p -> p.seenBy(plain)).toList();
        return new ListResponse<>(items, persons.count(scope, filter, plain));
    }

    /** Every person the filter selects, in order, one at a time, as the caller may see them (an export of any length). */
    @Transactional(readOnly = true)
    public void each(Caller caller, Scope scope, PersonFilter filter, String sort, Consumer<Person> consumer) {
        boolean plain = seesPlainly(caller);
        String orderBy = order(plain).orderBy(sort);
        var view = views.streaming();
        persons.each(scope, filter, plain, orderBy, row -> consumer.accept(view.apply(row).seenBy(plain)));
    }

    /** The person's changes, latest first; a key person's names in them masked for those who see the name masked. */
    public List<RegistryHistory.Entry> history(Caller caller, Scope scope, long id) {
        Person person = find(caller, scope, id).orElseThrow(Persons::notFound);
        List<RegistryHistory.Entry> entries = history.of(REGISTRY, id);
        if (!person.nameMasked()) {
            return entries;
        }
        return entries.stream().map(e -> new RegistryHistory.Entry(e.id(), e.at(), e.actorId(), e.actorName(), e.action(),
                e.changes().stream().map(c -> "name".equals(c.field())
                        ? new FieldChange(c.field(), c.label(), PersonalDataMasks.name(c.from()), PersonalDataMasks.name(c.to()))
                        : c).toList())).toList();
    }

    /** The lookup hash of a checked ID number: what a search by ID number compares. */
    String lookupHash(String idNumber) {
        return cipher.lookupHash(idNumber);
    }

    @Transactional
    public Person create(Caller caller, JsonNode body) {
        Scope scope = writerScope(caller);
        NewPerson p = PersonForm.read(body, lookups(scope), today(), null, null);
        String hash = cipher.lookupHash(p.idNumber());
        persons.findByHash(hash).ifPresent(taken -> {
            throw idNumberTaken(taken, scope);
        });
        long id;
        try {
            id = persons.insert(stored(p, hash));
        } catch (DuplicateKeyException race) {
            throw idNumberTakenMeanwhile();
        }
        Person saved = views.of(persons.find(id, scope).orElseThrow());
        history.created(REGISTRY, id, caller, ledger.labels(), ledger.texts(saved));
        return saved.seenBy(seesPlainly(caller));
    }

    @Transactional
    public Person update(Caller caller, long id, int expectedVersion, JsonNode body) {
        Scope scope = writerScope(caller);
        PersonRow stored = persons.find(id, scope).orElseThrow(Persons::notFound);
        if (stored.version() != expectedVersion) {
            throw Versions.stale("人员");
        }
        NewPerson p = PersonForm.read(body, lookups(scope), today(), PersonForm.Stored.of(stored), stored.categoryCode());
        String hash = p.idNumber() == null ? stored.idNumberHash() : cipher.lookupHash(p.idNumber());
        persons.findByHash(hash).filter(other -> other.id() != id).ifPresent(taken -> {
            throw idNumberTaken(taken, scope);
        });
        Revision revision = revise(stored, p, hash);
        try {
            if (!persons.update(id, expectedVersion, revision.next())) {
                throw Versions.stale("人员");
            }
        } catch (DuplicateKeyException race) {
            throw idNumberTakenMeanwhile();
        }
        Person before = views.of(stored);
        Person after = views.of(persons.find(id, scope).orElseThrow());
        history.updated(REGISTRY, id, caller, ledger.labels(), ledger.texts(before), afterTexts(before, after, revision), stored.version(),
                after.version());
        return after.seenBy(seesPlainly(caller));
    }

    /**
     * A stored person as a checked form revises them: the columns to write (what the form left out or sent back masked
     * kept as stored; a new ID number or phone encrypted and masked), whether the ID number or the phone changed, and
     * whether anything did.
     */
    record Revision(StoredPerson next, boolean idChanged, boolean phoneChanged, boolean unchanged) {
    }

    Revision revise(PersonRow stored, NewPerson p, String hash) {
        boolean idChanged = !hash.equals(stored.idNumberHash());
        String storedPhone = p.phoneKept() ? null : cipher.decrypt(stored.phoneEncrypted());
        boolean phoneChanged = !p.phoneKept() && !Objects.equals(storedPhone, p.phone());
        StoredPerson next = new StoredPerson(p.name() == null ? stored.name() : p.name(),
                idChanged ? cipher.encrypt(p.idNumber()) : stored.idNumberEncrypted(),
                idChanged ? PersonalDataMasks.idNumber(p.idNumber()) : stored.idNumberMasked(), hash,
                phoneChanged ? cipher.encrypt(p.phone()) : stored.phoneEncrypted(),
                phoneChanged ? PersonalDataMasks.phone(p.phone()) : stored.phoneMasked(),
                p.address(), p.gridCode(), p.category().code(), p.followUp(), p.followUpCaseId(), p.notes());
        return new Revision(next, idChanged, phoneChanged, next.equals(StoredPerson.of(stored)));
    }

    /** The history's after-texts; a value that changed behind an unchanged mask says so (（已修改）). */
    Map<String, String> afterTexts(Person before, Person after, Revision revision) {
        Map<String, String> texts = new LinkedHashMap<>(ledger.texts(after));
        if (revision.idChanged() && Objects.equals(before.idNumber(), after.idNumber())) {
            texts.put("idNumber", after.idNumber() + CHANGED_BEHIND_MASK);
        }
        if (revision.phoneChanged() && after.phone() != null && Objects.equals(before.phone(), after.phone())) {
            texts.put("phone", after.phone() + CHANGED_BEHIND_MASK);
        }
        return texts;
    }

    /** A new person's columns: the ID number and phone encrypted, masked and (the ID number) hashed. */
    StoredPerson stored(NewPerson p, String hash) {
        return new StoredPerson(p.name(), cipher.encrypt(p.idNumber()), PersonalDataMasks.idNumber(p.idNumber()), hash,
                cipher.encrypt(p.phone()), PersonalDataMasks.phone(p.phone()), p.address(), p.gridCode(), p.category().code(),
                p.followUp(), p.followUpCaseId(), p.notes());
    }

    /**
     * Stores persons as they are, in batches and without history lines (the demo's registry); the ID numbers and phones
     * encrypted, masked and hashed as a registration does. Callers vouch for every field (valid numbers, grids and
     * categories, a follow-up state for key persons only).
     */
    @Transactional
    public void storeAll(List<BulkPerson> all) {
        List<StoredPerson> rows = new java.util.ArrayList<>(all.size());
        for (BulkPerson p : all) {
            rows.add(new StoredPerson(p.name(), cipher.encrypt(p.idNumber()), PersonalDataMasks.idNumber(p.idNumber()),
                    cipher.lookupHash(p.idNumber()), cipher.encrypt(p.phone()), PersonalDataMasks.phone(p.phone()), p.address(),
                    p.gridCode(), p.category(), p.followUp(), null, p.notes()));
        }
        persons.insertAll(rows);
    }

    /** How many persons the filter selects, as {@link #list} counts them. */
    public long count(Caller caller, Scope scope, PersonFilter filter) {
        return persons.count(scope, filter, seesPlainly(caller));
    }

    /**
     * The plain ID number, to a plain viewer (403 for anyone else) who gives a reason (400 {@code REASON_REQUIRED}); the
     * view is audited — who, whose record, which field, the reason, never the value — before the value is answered.
     */
    public String plainIdNumber(Caller caller, Scope scope, long id, String reason) {
        return plain(caller, scope, id, reason, "id_number", PersonRow::idNumberEncrypted, "人员");
    }

    /** The plain phone, as {@link #plainIdNumber}; 404 for a person without one. */
    public String plainPhone(Caller caller, Scope scope, long id, String reason) {
        return plain(caller, scope, id, reason, "phone", PersonRow::phoneEncrypted, "该人员的联系电话");
    }

    private String plain(Caller caller, Scope scope, long id, String reason, String field, Function<PersonRow, String> sealed, String what) {
        requirePlainViewer(caller);
        String why = reason(reason);
        String value = persons.find(id, scope).map(sealed).orElseThrow(() -> Problem.notFound(what));
        events.publishEvent(new PersonalDataViewed(REGISTRY, Long.toString(id), field, why));
        return cipher.decrypt(value);
    }

    private void requirePlainViewer(Caller caller) {
        if (!seesPlainly(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有" + plainViewers.labels() + "可以查看完整的身份证号码和联系电话");
        }
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Problem(Problem.Kind.INVALID, "REASON_REQUIRED", "请填写查看原因（reason），它将记入审计日志",
                    List.of(new FieldProblem("reason", "REASON_REQUIRED", "reason：请填写查看原因")));
        }
        if (why.length() > MAX_REASON) {
            throw Problem.invalid(List.of(new FieldProblem("reason", "TOO_LONG", "reason：查看原因不能超过 " + MAX_REASON + " 个字")));
        }
        return why;
    }

    /** True if the caller registers and edits persons: a grid worker (in their grid) or a 指挥员 (in their area). */
    public static boolean writer(Caller caller) {
        return caller.has(Role.GRID_WORKER) || caller.has(Role.DISPATCHER);
    }

    static Scope writerScope(Caller caller) {
        if (!writer(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有本网格的网格员和本辖区的指挥员可以登记和修改人员");
        }
        return caller.scope();
    }

    PersonForm.Lookups lookups(Scope scope) {
        return new PersonForm.Lookups() {
            @Override
            public boolean gridInReach(String gridCode) {
                return placement.gridInReach(gridCode, scope);
            }

            @Override
            public Optional<String> gridAt(double lat, double lng, String crs) {
                return placement.gridAt(lat, lng, crs, scope);
            }

            @Override
            public Optional<PersonCategory> category(String code) {
                return categories.find(code);
            }
        };
    }

    static ListOrder order(boolean plainNames) {
        return plainNames ? PersonRepository.ORDER : PersonRepository.MASKED_ORDER;
    }

    /** 409; the person registered already is named by their id only, and only to a writer whose area holds them. */
    static Problem idNumberTaken(PersonRow taken, Scope scope) {
        if (!scope.covers(taken.areaCode())) {
            return new Problem(Problem.Kind.CONFLICT, "ID_NUMBER_TAKEN", "该身份证号码已在其他辖区登记，请与其所在辖区核实");
        }
        return new Problem(Problem.Kind.CONFLICT, "ID_NUMBER_TAKEN", "该身份证号码已登记（人员编号 " + taken.id() + "）") {
            @Override
            public Map<String, Object> properties() {
                return Map.of("id", taken.id());
            }
        };
    }

    /**
     * 409 for a race lost to another registration of the same number: the failed statement has aborted the transaction,
     * so nothing more can be read in it to name the other person.
     */
    private static Problem idNumberTakenMeanwhile() {
        return new Problem(Problem.Kind.CONFLICT, "ID_NUMBER_TAKEN", "该身份证号码刚刚已由他人登记，请按身份证号码查找该人员");
    }

    static Problem notFound() {
        return Problem.notFound("人员");
    }

    static LocalDate today() {
        return LocalDate.now(BeijingTime.ZONE);
    }
}
