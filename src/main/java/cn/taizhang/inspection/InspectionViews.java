package cn.taizhang.inspection;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Assembles an outing as the API answers it from its rows, with the inspectors' names. */
@Component
class InspectionViews {

    private final InspectionRepository inspections;
    private final InspectionPhotoRepository photos;
    private final Organisation organisation;

    InspectionViews(InspectionRepository inspections, InspectionPhotoRepository photos, Organisation organisation) {
        this.inspections = inspections;
        this.photos = photos;
        this.organisation = organisation;
    }

    Inspection of(InspectionRepository.Row row) {
        Map<Long, List<InspectionRepository.AnswerRow>> answers = inspections.answers(row.id()).stream()
                .collect(Collectors.groupingBy(InspectionRepository.AnswerRow::visitId));
        Map<Long, List<InspectionRepository.HazardRow>> hazards = inspections.hazards(row.id()).stream()
                .collect(Collectors.groupingBy(InspectionRepository.HazardRow::visitId));
        Map<Long, List<Inspection.Photo>> pictures = photos.ofInspection(row.id()).stream().collect(Collectors.groupingBy(
                InspectionPhotoRepository.Stored::visitId, Collectors.mapping(p -> InspectionPhotos.view(row.id(), p), Collectors.toList())));
        Map<Long, List<Inspection.Recheck>> rechecks = inspections.rechecks(row.id()).stream().collect(Collectors.groupingBy(
                InspectionRepository.RecheckRow::visitId, Collectors.mapping(r -> new Inspection.Recheck(r.caseId(), r.rectified(), r.note()),
                        Collectors.toList())));
        List<Inspection.Visit> visits = inspections.visits(row.id()).stream().map(v -> {
            List<InspectionRepository.HazardRow> found = hazards.getOrDefault(v.id(), List.of());
            Map<String, Long> caseOfItem = found.stream().filter(h -> h.itemCode() != null)
                    .collect(Collectors.toMap(InspectionRepository.HazardRow::itemCode, InspectionRepository.HazardRow::caseId));
            return new Inspection.Visit(v.id(), v.enterpriseId(), v.placeId(), v.subjectName(), v.areaCode(), v.sectorCode(), v.checklistCode(),
                    v.checklistVersion(), answers.getOrDefault(v.id(), List.of()).stream()
                            .map(a -> new Inspection.Answer(a.itemCode(), a.result(), a.note(), caseOfItem.get(a.itemCode()))).toList(),
                    found.stream().filter(h -> h.itemCode() == null).map(h -> new Inspection.Hazard(h.description(), h.major(), h.caseId())).toList(),
                    found.stream().map(InspectionRepository.HazardRow::caseId).toList(), pictures.getOrDefault(v.id(), List.of()),
                    rechecks.getOrDefault(v.id(), List.of()));
        }).toList();
        List<Inspection.Person> inspectors = inspections.inspectors(row.id()).stream().map(this::person).toList();
        return new Inspection(row.id(), row.campaignId(), row.day(), row.groupName(), inspectors, person(row.recordedBy()), visits);
    }

    private Inspection.Person person(long staffId) {
        return new Inspection.Person(staffId, organisation.staffMember(Scope.area(""), staffId).map(StaffMember::name).orElse("#" + staffId));
    }
}
