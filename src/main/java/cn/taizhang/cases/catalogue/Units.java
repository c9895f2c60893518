package cn.taizhang.cases.catalogue;

import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Expiring;
import cn.taizhang.platform.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The units cases go to, and the people to tell, as the organisation module knows them. */
@Component
public class Units {

    private static final Duration REFERENCE_DATA_TTL = Duration.ofSeconds(60);

    private final Organisation organisation;
    private final Expiring<List<Department>> departments;
    private final Expiring<Set<String>> sectors;

    Units(Organisation organisation) {
        this.organisation = organisation;
        this.departments = new Expiring<>(REFERENCE_DATA_TTL, () -> organisation.departmentsWithinReach(Scope.area("")));
        this.sectors = new Expiring<>(REFERENCE_DATA_TTL,
                () -> organisation.sectors().stream().map(s -> s.code()).collect(java.util.stream.Collectors.toSet()));
    }

    /** Units serving the grid: city departments and the offices whose area contains it. */
    List<Department> serving(String gridCode) {
        return departments.get().stream().filter(d -> gridCode.startsWith(d.areaCode())).toList();
    }

    /** A unit the caller can reach that serves the grid: the only units a case there can be dispatched to. */
    public Optional<Department> dispatchable(long unitId, Scope callerScope, String gridCode) {
        String reach = callerScope.areaPrefix();
        return departments.get().stream()
                .filter(d -> d.id() == unitId && gridCode.startsWith(d.areaCode())
                        && (d.areaCode().startsWith(reach) || reach.startsWith(d.areaCode())))
                .findFirst();
    }

    /** The unit the type's rule points at: the department regulating the sector, or the 镇街 office of the place. */
    public Optional<Department> suggested(CaseType type, String sector, String gridCode) {
        List<Department> serving = serving(gridCode);
        return switch (type.responsibility()) {
            case CaseType.SECTOR_DEPARTMENT -> serving.stream()
                    .filter(d -> d.kind().equals("department") && sector != null && d.sectorCodes().contains(sector)).findFirst();
            case CaseType.TOWN_OFFICE -> serving.stream()
                    .filter(d -> d.kind().equals("office") && d.areaCode().equals(gridCode.substring(0, 9))).findFirst();
            default -> Optional.empty();
        };
    }

    public Optional<Department> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Department> known = departments.get().stream().filter(d -> d.id() == id).findFirst();
        return known.isPresent() ? known : organisation.department(id);
    }

    public Set<String> sectorCodes() {
        return sectors.get();
    }

    /** LEADERs of an area covering the grid (the county's, the 镇街's …), not department leaders. */
    public List<Long> leadersCovering(String gridCode) {
        List<Long> ids = new ArrayList<>();
        for (int length : new int[] {6, 9, 12, 15}) {
            String area = gridCode.substring(0, length);
            staff(Scope.area(area), new StaffFilter(null, Role.LEADER, null, null)).stream()
                    .filter(m -> m.jurisdictionCode().equals(area) && m.departmentId() == null)
                    .forEach(m -> ids.add(m.id()));
        }
        return ids;
    }

    /** The unit's HANDLERs who can act in the grid. */
    public List<Long> handlersOf(long unitId, String gridCode) {
        return organisation.department(unitId).map(unit -> staff(new Scope(unit.areaCode(), unitId),
                        new StaffFilter(null, Role.HANDLER, null, unitId)).stream()
                .filter(m -> gridCode.startsWith(m.jurisdictionCode())).map(StaffMember::id).toList())
                .orElse(List.of());
    }

    private List<StaffMember> staff(Scope scope, StaffFilter filter) {
        List<StaffMember> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<StaffMember> items = organisation.staff(scope, filter, page, 500).items();
            all.addAll(items);
            if (items.size() < 500) {
                return all;
            }
        }
    }
}
