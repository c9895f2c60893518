package cn.taizhang.inspection.lists;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns measure rows into what the API and pages show, looking the area and unit names up once per batch. */
@Component
class MeasureViews {

    private final Territory territory;
    private final Organisation organisation;

    MeasureViews(Territory territory, Organisation organisation) {
        this.territory = territory;
        this.organisation = organisation;
    }

    Measure of(MeasureRepository.Row row) {
        return of(List.of(row)).get(0);
    }

    List<Measure> of(List<MeasureRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // the rows were already found within the reader's reach: their names are theirs to read
        Map<String, String> areas = territory.names(rows.stream().map(MeasureRepository.Row::areaCode).collect(Collectors.toSet()), Scope.area(""));
        Map<Long, String> units = new HashMap<>();
        rows.stream().map(MeasureRepository.Row::ownerDepartmentId).distinct()
                .forEach(id -> organisation.department(id).ifPresent(d -> units.put(id, d.name())));
        return rows.stream().map(r -> new Measure(r.id(), r.areaCode(), areas.get(r.areaCode()), r.title(), r.kind(), r.kind().label(),
                r.ownerDepartmentId(), units.get(r.ownerDepartmentId()), r.campaignId(), r.campaignName(), r.dueDate(), r.status(),
                r.overdue() ? "已逾期" : r.status().label(), r.overdue(), r.doneAt(), r.evidenceNote(), r.notes(), r.createdBy(),
                r.createdByName(), r.version(), r.createdAt(), r.updatedAt())).toList();
    }
}
