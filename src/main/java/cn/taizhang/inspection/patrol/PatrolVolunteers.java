package cn.taizhang.inspection.patrol;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The registered patrol volunteers (巡查志愿者): registered and edited by the 指挥员 of an area (not of a department) for
 * the areas inside their jurisdiction, listed within it. Their phone is stored encrypted and shown masked only.
 */
@Service
public class PatrolVolunteers {

    private static final Pattern AREA_FILTER = Pattern.compile("\\d{1,15}");

    private final VolunteerRepository volunteers;
    private final PersonalDataCipher cipher;
    private final Territory territory;
    private final TransactionTemplate tx;

    PatrolVolunteers(VolunteerRepository volunteers, PersonalDataCipher cipher, Territory territory, TransactionTemplate tx) {
        this.volunteers = volunteers;
        this.cipher = cipher;
        this.territory = territory;
        this.tx = tx;
    }

    /** True if the caller registers and edits volunteers: a 指挥员 of an area. */
    public static boolean writer(Caller caller) {
        return caller.has(Role.DISPATCHER) && caller.departmentId() == null;
    }

    public Optional<Volunteer> find(Caller caller, long id) {
        reader(caller);
        return volunteers.find(id, caller.scope()).map(row -> views(List.of(row)).get(0));
    }

    public ListResponse<Volunteer> list(Caller caller, String area, String kind, Boolean active, int page, int size) {
        reader(caller);
        List<FieldProblem> problems = new ArrayList<>();
        if (area != null && !AREA_FILTER.matcher(area).matches()) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为数字"));
        }
        if (kind != null && VolunteerKind.of(kind).isEmpty()) {
            problems.add(new FieldProblem("kind", "INVALID_FIELD", "kind：志愿者类别须为 " + VolunteerKind.codes() + " 之一"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        List<VolunteerRepository.Row> rows = volunteers.list(caller.scope(), area, kind, active, page * size, size);
        return new ListResponse<>(views(rows), volunteers.count(caller.scope(), area, kind, active));
    }

    /** The active volunteers who serve a grid inside the caller's reach, for a round's form. */
    List<Volunteer> serving(Scope scope, String grid) {
        return scope.covers(grid) ? views(volunteers.serving(grid)) : List.of();
    }

    public Volunteer create(Caller caller, JsonNode body) {
        NewVolunteer v = checked(caller, VolunteerForm.read(body));
        return tx.execute(status -> {
            long id = volunteers.insert(v, cipher.encrypt(v.phone()), PersonalDataMasks.phone(v.phone()));
            AuditNote.created("patrol_volunteer", Long.toString(id));
            return find(caller, id).orElseThrow();
        });
    }

    public Volunteer update(Caller caller, long id, int expectedVersion, JsonNode body) {
        if (!writer(caller)) {
            throw forbidden();
        }
        VolunteerRepository.Row before = volunteers.find(id, caller.scope()).filter(r -> caller.scope().covers(r.areaCode()))
                .orElseThrow(PatrolVolunteers::notFound);
        if (before.version() != expectedVersion) {
            throw Versions.stale("志愿者");
        }
        NewVolunteer v = checked(caller, VolunteerForm.read(body));
        return tx.execute(status -> {
            if (!volunteers.update(id, expectedVersion, v, cipher.encrypt(v.phone()), PersonalDataMasks.phone(v.phone()))) {
                throw Versions.stale("志愿者");
            }
            AuditNote.changed("patrol_volunteer", Long.toString(id), Integer.toString(expectedVersion), Integer.toString(expectedVersion + 1));
            return find(caller, id).orElseThrow();
        });
    }

    /** Stores the demo's volunteers in one transaction, answering their ids in order. */
    public List<Long> storeAll(Collection<NewVolunteer> all) {
        return tx.execute(status -> all.stream().map(v -> volunteers.insert(v, cipher.encrypt(v.phone()), PersonalDataMasks.phone(v.phone())))
                .toList());
    }

    private NewVolunteer checked(Caller caller, NewVolunteer v) {
        if (!writer(caller)) {
            throw forbidden();
        }
        if (!caller.scope().covers(v.areaCode()) || territory.find(v.areaCode(), caller.scope()).isEmpty()) {
            String detail = "areaCode：区域 " + v.areaCode() + " 不存在或不在您的辖区内";
            throw new Problem(Problem.Kind.NOT_FOUND, "NOT_FOUND", detail, List.of(new FieldProblem("areaCode", "NOT_FOUND", detail)));
        }
        return v;
    }

    private List<Volunteer> views(List<VolunteerRepository.Row> rows) {
        Map<String, String> names = territory.names(rows.stream().map(VolunteerRepository.Row::areaCode).distinct().toList(), Scope.area(""));
        return rows.stream().map(r -> view(r, names.get(r.areaCode()))).toList();
    }

    private static Volunteer view(VolunteerRepository.Row r, String areaName) {
        return new Volunteer(r.id(), r.name(), r.phoneMasked(), r.kind(), VolunteerKind.labelOf(r.kind()), r.areaCode(),
                areaName == null ? r.areaCode() : areaName, r.active(), r.version());
    }

    /** Administrators keep the system and read no business data (三权分立). */
    static void reader(Caller caller) {
        if (caller.administrator()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "管理员账号不查看巡查记录和志愿者");
        }
    }

    private static Problem forbidden() {
        return new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有本辖区的指挥员可以登记和修改巡查志愿者");
    }

    static Problem notFound() {
        return Problem.notFound("巡查志愿者");
    }
}
