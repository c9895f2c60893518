package cn.taizhang.inspection.campaign;

import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns stored rows into what the API and pages show, looking the names up once per batch of rows. */
@Component
class CampaignViews {

    private final Territory territory;
    private final Organisation organisation;

    CampaignViews(Territory territory, Organisation organisation) {
        this.territory = territory;
        this.organisation = organisation;
    }

    Campaign of(CampaignRow row) {
        return of(List.of(row)).get(0);
    }

    List<Campaign> of(List<CampaignRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // the names are everyone's to read: the campaign itself was already found within the reader's reach
        Map<String, String> areas = territory.names(rows.stream().map(CampaignRow::areaCode).collect(Collectors.toSet()), Scope.area(""));
        Map<String, String> sectors = sectorNames();
        Map<Long, String> departments = new HashMap<>();
        rows.stream().map(CampaignRow::leadDepartmentId).filter(Objects::nonNull).distinct()
                .forEach(id -> organisation.department(id).ifPresent(d -> departments.put(id, d.name())));
        return rows.stream().map(r -> new Campaign(r.id(), r.name(), r.from(), r.to(), r.areaCode(), areas.get(r.areaCode()), r.stage(),
                r.sectors(), r.leadDepartmentId(), r.leadDepartmentId() == null ? null : departments.get(r.leadDepartmentId()), r.measures(),
                r.version(), r.sectors().stream().map(s -> sectors.getOrDefault(s, s)).toList(), r.notes(), r.createdAt(), r.createdByName(),
                r.updatedAt(), r.updatedByName())).toList();
    }

    Map<String, String> sectorNames() {
        return organisation.sectors().stream().collect(Collectors.toMap(Sector::code, Sector::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The departments a writer may choose to lead a campaign (department staff: their own). */
    List<Department> departments(Scope scope) {
        return organisation.departmentsWithinReach(scope);
    }
}
