package cn.taizhang.inspection;

import java.time.LocalDate;
import java.util.List;

/** An outing as the API answers it: the group, its inspectors, and each visit with its answers and hazards. */
public record Inspection(long id, Long campaignId, LocalDate date, String group, List<Person> inspectors, Person recordedBy,
        List<Visit> visits) {

    public record Person(long id, String name) {
    }

    /**
     * A visit: what it visited, the checklist version it walked, the answers, the cases of its hazards, its photos, and the
     * handled hazards it re-inspected (复查).
     */
    public record Visit(long id, Long enterpriseId, Long placeId, String name, String areaCode, String sector, String checklist,
            int checklistVersion, List<Answer> answers, List<Hazard> findings, List<Long> hazards, List<Photo> photos,
            List<Recheck> rechecks) {
    }

    /** A re-inspection's verdict on a hazard's case: rectified (the case closed) or not (back to its unit). */
    public record Recheck(long caseId, boolean rectified, String note) {
    }

    /** A photo of an item ({@code item} null: of the visit as a whole), served at {@code url}. */
    public record Photo(long id, String item, String url) {
    }

    /** An item's result; a failed one names the case of its hazard. */
    public record Answer(String item, String result, String note, Long caseId) {
    }

    /** A hazard with no item (a finding), and its case. */
    public record Hazard(String description, boolean major, long caseId) {
    }

    /** 人次: the inspectors of this outing. */
    public int inspectorTimes() {
        return inspectors.size();
    }
}
