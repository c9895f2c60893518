package cn.taizhang.demo;

import cn.taizhang.cases.bulk.CaseBulkWriter.Simulated;
import cn.taizhang.inspection.InspectionHistory.PastAnswer;
import cn.taizhang.inspection.InspectionHistory.PastHazard;
import cn.taizhang.inspection.InspectionHistory.PastOuting;
import cn.taizhang.inspection.InspectionHistory.PastVisit;
import cn.taizhang.inspection.campaign.Campaign;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.ChecklistItem;
import cn.taizhang.platform.BeijingTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo year's outings (组次), made around the hazards the simulated history found on inspections: the hazards one
 * inspector reported at one enterprise on one day are one outing of their unit's group with a colleague of the unit — or,
 * where the unit has no other inspector, of the town's office (联合检查) — (人次: two, every eighth outing three); the
 * enterprise is a visit (家次) walking its sector's current checklist, the failed items those of its hazards; every fourth
 * outing also visits another enterprise of the town and sector and finds nothing (the seeds: 1.2 家次 and 2 人次 an outing). An outing
 * belongs to the campaign (专项整治) of its day, area and sector, if there is one. Plain Java: the same input gives the
 * same outings.
 */
final class KailiInspections {

    /** An enterprise as a visit needs it. */
    record Firm(long id, String name, String gridCode, List<String> sectors) {
    }

    /** An inspector: their unit and its name (the group's name), and their jurisdiction. */
    record Inspector(long id, Long departmentId, String unitName, String jurisdictionCode) {
    }

    private final Map<Long, Inspector> inspectors;
    private final Map<Long, List<Long>> colleagues;
    private final Map<Long, Firm> firms;
    private final Map<String, List<Firm>> firmsByTownAndSector = new LinkedHashMap<>();
    private final Map<String, Checklist> checklists;
    private final List<Campaign> campaigns;

    private KailiInspections(List<Inspector> inspectors, List<Firm> firms, Map<String, Checklist> checklists, List<Campaign> campaigns) {
        this.inspectors = new LinkedHashMap<>();
        this.colleagues = new LinkedHashMap<>();
        for (Inspector i : inspectors) {
            this.inspectors.put(i.id(), i);
            if (i.departmentId() != null) {
                colleagues.computeIfAbsent(i.departmentId(), k -> new ArrayList<>()).add(i.id());
            }
        }
        this.firms = new LinkedHashMap<>();
        for (Firm f : firms) {
            this.firms.put(f.id(), f);
            f.sectors().forEach(s -> firmsByTownAndSector.computeIfAbsent(f.gridCode().substring(0, 9) + "|" + s, k -> new ArrayList<>()).add(f));
        }
        this.checklists = checklists;
        this.campaigns = campaigns;
    }

    /** The outings behind {@code hazards} (oldest first); hazards whose reporter is no inspector, or whose enterprise or checklist is unknown, have none. */
    static List<PastOuting> year(List<Simulated> hazards, List<Inspector> inspectors, List<Firm> firms, Map<String, Checklist> checklists,
            List<Campaign> campaigns) {
        return new KailiInspections(inspectors, firms, checklists, campaigns).outings(hazards);
    }

    private List<PastOuting> outings(List<Simulated> hazards) {
        Map<String, List<Simulated>> days = new LinkedHashMap<>();
        for (Simulated h : hazards) {
            if (inspectors.containsKey(h.reporterId()) && firms.containsKey(h.enterpriseId()) && checklists.containsKey(h.sector())) {
                days.computeIfAbsent(h.reporterId() + "|" + day(h) + "|" + h.enterpriseId(), k -> new ArrayList<>()).add(h);
            }
        }
        List<PastOuting> outings = new ArrayList<>();
        int n = 0;
        for (List<Simulated> found : days.values()) {
            outings.add(outing(n++, found));
        }
        return outings;
    }

    private PastOuting outing(int n, List<Simulated> found) {
        Simulated first = found.get(0);
        Inspector recorder = inspectors.get(first.reporterId());
        Map<Long, List<Simulated>> byFirm = new LinkedHashMap<>();
        found.forEach(h -> byFirm.computeIfAbsent(h.enterpriseId(), k -> new ArrayList<>()).add(h));
        List<PastVisit> visits = new ArrayList<>();
        byFirm.forEach((firm, its) -> visits.add(visit(firms.get(firm), its.get(0).sector(), its)));
        if (n % 4 == 0) {
            extra(n, firms.get(first.enterpriseId()), first.sector(), byFirm.keySet()).ifPresent(f -> visits.add(visit(f, first.sector(), List.of())));
        }
        return new PastOuting(day(first), recorder.unitName() + "检查组", recorder.id(), recorder.departmentId(), team(n, recorder, first.gridCode()),
                campaign(day(first), first.gridCode(), first.sector()), visits);
    }

    /** The recorder and a colleague (two of them every eighth outing), taken in turn: of the unit, else of the grid's town office. */
    private List<Long> team(int n, Inspector recorder, String grid) {
        List<Long> team = new ArrayList<>(List.of(recorder.id()));
        List<Long> others = colleagues.getOrDefault(recorder.departmentId(), List.of()).stream().filter(id -> id != recorder.id()).toList();
        if (others.isEmpty()) {
            others = inspectors.values().stream().filter(i -> i.id() != recorder.id() && i.jurisdictionCode() != null
                    && i.jurisdictionCode().length() == 9 && grid.startsWith(i.jurisdictionCode())).map(Inspector::id).toList();
        }
        int wanted = n % 8 == 0 ? 2 : 1;
        for (int k = 0; k < Math.min(wanted, others.size()); k++) {
            team.add(others.get((n + k) % others.size()));
        }
        return team;
    }

    /** A visit walking the sector's checklist: the items of the hazards failed (a hazard no item names is a finding), the rest passed. */
    private PastVisit visit(Firm firm, String sector, List<Simulated> hazards) {
        Checklist list = checklists.get(sector);
        Map<String, Simulated> failed = new LinkedHashMap<>();
        List<PastHazard> found = new ArrayList<>();
        for (Simulated h : hazards) {
            Optional<ChecklistItem> item = list.items().stream().filter(i -> h.description().contains(i.text()) && !failed.containsKey(i.code()))
                    .findFirst();
            item.ifPresent(i -> failed.put(i.code(), h));
            found.add(new PastHazard(h.id(), item.map(ChecklistItem::code).orElse(null), h.description(), "major".equals(h.severity())));
        }
        List<PastAnswer> answers = list.items().stream().map(i -> failed.containsKey(i.code())
                ? new PastAnswer(i.code(), "fail", note(failed.get(i.code()).description())) : new PastAnswer(i.code(), "pass", null)).toList();
        return new PastVisit(firm.id(), firm.name(), firm.gridCode(), sector, list.code(), list.version(), answers, found);
    }

    /** Another enterprise of the town and sector than those visited, if there is one. */
    private Optional<Firm> extra(int n, Firm visited, String sector, Set<Long> taken) {
        List<Firm> candidates = firmsByTownAndSector.getOrDefault(visited.gridCode().substring(0, 9) + "|" + sector, List.of()).stream()
                .filter(f -> !taken.contains(f.id())).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(n / 4 % candidates.size()));
    }

    private Long campaign(LocalDate day, String grid, String sector) {
        return campaigns.stream().filter(c -> !day.isBefore(c.from()) && !day.isAfter(c.to()) && grid.startsWith(c.areaCode())
                && (c.sectors().isEmpty() || c.sectors().contains(sector))).map(Campaign::id).findFirst().orElse(null);
    }

    /** What the inspector wrote: the hazard's words after its item and basis. */
    private static String note(String description) {
        int colon = description.lastIndexOf('：');
        return colon < 0 ? description : description.substring(colon + 1);
    }

    private static LocalDate day(Simulated h) {
        return h.reportedAt().atZoneSameInstant(BeijingTime.ZONE).toLocalDate();
    }
}
