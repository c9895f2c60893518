package cn.taizhang.inspection;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outings, their inspectors, visits, answers and hazards. An outing is seen by those whose jurisdiction holds one of
 * the places it visited; a visit carries its grid for that prefix match.
 */
@Repository
class InspectionRepository {

    /** An outing's own row. */
    record Row(long id, UUID clientId, String requestHash, Long campaignId, LocalDate day, String groupName, long recordedBy) {
    }

    /** A visit's row, with what it visited. */
    record VisitRow(long id, long inspectionId, int position, Long enterpriseId, Long placeId, String subjectName, String areaCode,
            String sectorCode, String checklistCode, int checklistVersion) {
    }

    record AnswerRow(long visitId, String itemCode, String result, String note) {
    }

    record HazardRow(long caseId, long visitId, String itemCode, String description, boolean major) {
    }

    record RecheckRow(long visitId, long caseId, boolean rectified, String note) {
    }

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byClientId(UUID clientId) {
        return jdbc.sql("SELECT * FROM inspection WHERE client_id = :client").param("client", clientId).query(Row.class).optional();
    }

    /** The new outing's id, or empty if an outing with its client id is there already (a retry racing this one). */
    Optional<Long> insert(NewInspection n, String requestHash, long recordedBy, Long departmentId) {
        return jdbc.sql("""
                INSERT INTO inspection (client_id, request_hash, campaign_id, day, group_name, recorded_by, department_id)
                VALUES (:client, :hash, :campaign, :day, :group, :by, :department)
                ON CONFLICT (client_id) DO NOTHING RETURNING id
                """).param("client", n.clientId()).param("hash", requestHash).param("campaign", n.campaignId()).param("day", n.date())
                .param("group", n.group()).param("by", recordedBy).param("department", departmentId).query(Long.class).optional();
    }

    void insertInspectors(long inspectionId, List<Long> staffIds) {
        jdbc.sql("INSERT INTO inspection_inspector (inspection_id, staff_id) SELECT :id, unnest(:staff)")
                .param("id", inspectionId).param("staff", staffIds.toArray(Long[]::new)).update();
    }

    long insertVisit(long inspectionId, int position, LocalDate day, Long enterpriseId, Long placeId, String name, String areaCode,
            String sector, String checklist, int version) {
        return jdbc.sql("""
                INSERT INTO inspection_visit (inspection_id, position, day, enterprise_id, place_id, subject_name, area_code, sector_code,
                                              checklist_code, checklist_version)
                VALUES (:inspection, :position, :day, :enterprise, :place, :name, :area, :sector, :checklist, :version) RETURNING id
                """).param("inspection", inspectionId).param("position", position).param("day", day).param("enterprise", enterpriseId)
                .param("place", placeId).param("name", name).param("area", areaCode).param("sector", sector).param("checklist", checklist)
                .param("version", version).query(Long.class).single();
    }

    /** A visit's answers in one statement (a visit has up to 200). */
    void insertAnswers(long visitId, List<NewInspection.Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO inspection_answer (visit_id, item_code, position, result, note)
                SELECT :visit, a.item, a.position - 1, a.result, a.note
                FROM unnest(CAST(:items AS text[]), CAST(:results AS text[]), CAST(:notes AS text[])) WITH ORDINALITY AS a (item, result, note, position)
                """).param("visit", visitId).param("items", answers.stream().map(NewInspection.Answer::item).toArray(String[]::new))
                .param("results", answers.stream().map(a -> a.result().name().toLowerCase()).toArray(String[]::new))
                .param("notes", answers.stream().map(NewInspection.Answer::note).toArray(String[]::new)).update();
    }

    void insertRecheck(long visitId, int position, NewInspection.Recheck r) {
        jdbc.sql("INSERT INTO inspection_recheck (visit_id, case_id, position, rectified, note) VALUES (:visit, :case, :position, :rectified, :note)")
                .param("visit", visitId).param("case", r.caseId()).param("position", position).param("rectified", r.rectified())
                .param("note", r.note()).update();
    }

    List<RecheckRow> rechecks(long inspectionId) {
        return jdbc.sql("""
                SELECT r.visit_id, r.case_id, r.rectified, r.note FROM inspection_recheck r JOIN inspection_visit v ON v.id = r.visit_id
                WHERE v.inspection_id = :id ORDER BY r.visit_id, r.position
                """).param("id", inspectionId).query(RecheckRow.class).list();
    }

    void insertHazard(HazardRow h) {
        jdbc.sql("INSERT INTO inspection_hazard (case_id, visit_id, item_code, description, major) VALUES (:case, :visit, :item, :description, :major)")
                .param("case", h.caseId()).param("visit", h.visitId()).param("item", h.itemCode()).param("description", h.description())
                .param("major", h.major()).update();
    }

    /** Records whether the hazard of a case is rectified (its case closed); a case no hazard names changes nothing. */
    void markRectified(long caseId, boolean rectified) {
        jdbc.sql("UPDATE inspection_hazard SET rectified = :rectified WHERE case_id = :case").param("case", caseId).param("rectified", rectified)
                .update();
    }

    /** The outing if one of its visits lies within the scope. */
    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql("""
                SELECT i.* FROM inspection i
                WHERE i.id = :id AND EXISTS (SELECT 1 FROM inspection_visit v WHERE v.inspection_id = i.id AND v.area_code LIKE :scope)
                """).param("id", id).param("scope", scope.likePattern()).query(Row.class).optional();
    }

    List<Long> inspectors(long inspectionId) {
        return jdbc.sql("SELECT staff_id FROM inspection_inspector WHERE inspection_id = :id ORDER BY staff_id").param("id", inspectionId)
                .query(Long.class).list();
    }

    List<VisitRow> visits(long inspectionId) {
        return jdbc.sql("SELECT * FROM inspection_visit WHERE inspection_id = :id ORDER BY position").param("id", inspectionId)
                .query(VisitRow.class).list();
    }

    List<AnswerRow> answers(long inspectionId) {
        return jdbc.sql("""
                SELECT a.visit_id, a.item_code, a.result, a.note FROM inspection_answer a JOIN inspection_visit v ON v.id = a.visit_id
                WHERE v.inspection_id = :id ORDER BY a.visit_id, a.position
                """).param("id", inspectionId).query(AnswerRow.class).list();
    }

    List<HazardRow> hazards(long inspectionId) {
        return jdbc.sql("""
                SELECT h.case_id, h.visit_id, h.item_code, h.description, h.major FROM inspection_hazard h
                JOIN inspection_visit v ON v.id = h.visit_id WHERE v.inspection_id = :id ORDER BY h.case_id
                """).param("id", inspectionId).query(HazardRow.class).list();
    }
}
