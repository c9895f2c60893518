package cn.taizhang.demo;

import cn.taizhang.access.SecondFactors;
import cn.taizhang.demo.history.CaseHistory;
import cn.taizhang.evaluation.ObservationVisits;
import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.NewStaff;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.enterprise.Enterprises;
import cn.taizhang.registry.person.Persons;
import cn.taizhang.registry.place.NewPlace;
import cn.taizhang.registry.place.Places;
import cn.taizhang.registry.project.Projects;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.AreaCode;
import cn.taizhang.territory.ImportReport;
import cn.taizhang.territory.OverlayKind;
import cn.taizhang.territory.Territory;
import cn.taizhang.territory.TerritoryImport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Kaili demo on the first start: the real division list with generated grids and overlays,
 * fed through the same imports an administrator uses, then departments and staff, then (unless
 * {@code taizhang.demo.history} is false) a simulated year of cases up to yesterday with the inspection outings behind its
 * hazards and the enforcement they led to, so that the first
 * dashboard and briefing show real figures. It runs before the web server opens, and only on a database
 * that has no staff and no territory of its own.
 */
@Component
class DemoLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final Scope EVERYWHERE = Scope.area("");
    /** The demo year's size: the seeds' 13,232 hazards a year are about half of all cases. */
    static final long DEMO_YEAR_CASES = 28_000;
    static final long DEMO_SEED = 522_601;

    private final boolean enabled;
    private final boolean history;
    private final Territory territory;
    private final TerritoryImport imports;
    private final Organisation organisation;
    private final TransactionTemplate transaction;
    private final CaseHistory cases;
    private final ObservationVisits observations;
    private final SecondFactors secondFactors;
    private final Enterprises enterprises;
    private final Persons persons;
    private final Places places;
    private final Projects projects;
    private final Campaigns campaigns;
    private final DemoPatrols patrols;
    private final DemoInspections inspections;
    private final DemoEnforcement enforcement;
    private final DemoVisits visits;

    DemoLoader(@Value("${taizhang.demo.enabled:true}") boolean enabled, @Value("${taizhang.demo.history:true}") boolean history,
            Territory territory, TerritoryImport imports, Organisation organisation, TransactionTemplate transaction, CaseHistory cases,
            ObservationVisits observations, SecondFactors secondFactors, Enterprises enterprises, Persons persons, Places places,
            Projects projects, Campaigns campaigns, DemoPatrols patrols, DemoInspections inspections, DemoEnforcement enforcement,
            DemoVisits visits) {
        this.enabled = enabled;
        this.enforcement = enforcement;
        this.visits = visits;
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.patrols = patrols;
        this.persons = persons;
        this.places = places;
        this.projects = projects;
        this.enterprises = enterprises;
        this.secondFactors = secondFactors;
        this.history = history;
        this.cases = cases;
        this.observations = observations;
        this.territory = territory;
        this.imports = imports;
        this.organisation = organisation;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<KailiOrganisation.Town> towns = enabled ? loadIfFirstStart() : List.of();
        if (!towns.isEmpty() && history) {
            CaseHistory.Progress year = cases.simulate(
                    CaseHistory.upToYesterday(DEMO_YEAR_CASES, 1, DEMO_SEED, KailiOrganisation.CITY), progress -> { });
            log.info("Simulated the demo's year: {} cases with {} events in {} ms", year.cases(), year.events(), year.elapsed().toMillis());
            long started = System.nanoTime();
            int outings = inspections.load();
            log.info("Recorded the demo year's {} inspection outings behind its hazards in {} ms", outings, (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            long[] enforced = enforcement.load();
            log.info("Took the demo year's {} enforcement actions in {} ms; {} candidates open", enforced[0], (System.nanoTime() - started) / 1_000_000,
                    enforced[1]);
            log.info("Recorded the demo year's {} leaders' visits around its enterprise requests", visits.load());
            observations.storeAll(KailiObservations.year(towns, LocalDate.now(BeijingTime.ZONE)));
        }
    }

    /** Loads territory and staff if this is the first start; the towns it loaded (none if it did not). */
    List<KailiOrganisation.Town> loadIfFirstStart() {
        if (!firstStart()) {
            return List.of();
        }
        long started = System.nanoTime();
        List<KailiOrganisation.Town> towns = load();
        log.info("Loaded the Kaili demo in {} ms", (System.nanoTime() - started) / 1_000_000);
        return towns;
    }

    /** No staff yet, and no areas but (a crashed earlier load's) Kaili ones: the imports are idempotent. */
    private boolean firstStart() {
        boolean noStaff = organisation.staff(EVERYWHERE, StaffFilter.none(), 0, 1).total() == 0;
        long areas = territory.search("", EVERYWHERE, 0, 1).total();
        return noStaff && areas == territory.search("", Scope.area(KailiOrganisation.CITY), 0, 1).total();
    }

    private List<KailiOrganisation.Town> load() {
        KailiTerritory kaili = KailiTerritory.generate();
        check("divisions", imports.importDivisions(utf8(kaili.divisionsCsv())));
        check("grids", imports.importGrids(utf8(kaili.gridsGeoJson())));
        for (OverlaySpec overlay : kaili.overlays()) {
            List<String> members = overlay.areaCodes().stream().map(c -> AreaCode.fromStatistical(c).value()).toList();
            check(overlay.name(), imports.defineOverlay(overlay.code(), overlay.name(),
                    OverlayKind.fromId(overlay.kind()).orElseThrow(), members));
        }
        List<KailiOrganisation.Town> towns = KailiDemoFiles.towns(kaili.divisionsCsv());
        List<String> grids = KailiDemoFiles.gridCodes(kaili.gridsGeoJson());
        transaction.executeWithoutResult(status -> loadOrganisation(towns, grids));
        loadEnterprises(grids);
        loadPersons(grids);
        loadPlacesAndProjects(towns, KailiDemoFiles.villages(kaili.divisionsCsv()), grids);
        loadCampaigns();
        patrols.load();
        return towns;
    }

    private void loadOrganisation(List<KailiOrganisation.Town> towns, List<String> grids) {
        Map<String, Long> departmentIds = new HashMap<>();
        for (KailiOrganisation.DepartmentSpec d : KailiOrganisation.departments(towns)) {
            departmentIds.put(d.code(), organisation.createDepartment(d.code(), d.name(), d.kind(), d.areaCode(), d.sectors()));
        }
        List<NewStaff> staff = new KailiOrganisation().staff(towns, grids).stream()
                .map(s -> s.toNewStaff(s.departmentCode() == null ? null : departmentIds.get(s.departmentCode())))
                .toList();
        organisation.createAll(staff);
        visits.appoint(departmentIds);
        for (DemoSignIns.SignIn signIn : DemoSignIns.ALL) {
            if (signIn.totpSecret() != null) {
                secondFactors.enrolConfirmed(organisation.account(signIn.username()).orElseThrow().id(), signIn.totpSecret());
            }
        }
    }

    /** The enterprise ledger: 炉碧's enterprises looked after by the city's ten leaders, and the rest of the city's. */
    private void loadEnterprises(List<String> grids) {
        List<String> zone = territory.overlay(KailiEnterprises.ZONE, EVERYWHERE).orElseThrow().members().stream().map(Area::code).toList();
        List<String> zoneGrids = grids.stream().filter(g -> zone.stream().anyMatch(g::startsWith)).toList();
        List<Long> leaders = KailiOrganisation.CITY_LEADERS.stream().map(u -> organisation.account(u).orElseThrow().id()).toList();
        enterprises.storeAll(KailiEnterprises.ledger(grids, zoneGrids, leaders, LocalDate.now(BeijingTime.ZONE)));
    }

    /** The persons registry: talents in 炉碧's grids, the relocated in the resettlement areas', everyone else across the city. */
    private void loadPersons(List<String> grids) {
        List<String> zone = territory.overlay(KailiEnterprises.ZONE, EVERYWHERE).orElseThrow().members().stream().map(Area::code).toList();
        List<String> resettled = territory.overlays(EVERYWHERE).stream().filter(o -> o.kind() == OverlayKind.RESETTLEMENT_AREA)
                .flatMap(o -> o.members().stream()).map(Area::code).toList();
        List<String> zoneGrids = grids.stream().filter(g -> zone.stream().anyMatch(g::startsWith)).toList();
        List<String> resettlementGrids = grids.stream().filter(g -> resettled.stream().anyMatch(g::startsWith)).toList();
        persons.storeAll(KailiPersons.registry(grids, zoneGrids, resettlementGrids, LocalDate.now(BeijingTime.ZONE)));
    }

    /** The place and project ledgers: the seeds' parks, fitness points and alleys, and the rest of the city's. */
    private void loadPlacesAndProjects(List<KailiOrganisation.Town> towns, Map<String, String> villages, List<String> grids) {
        List<NewPlace> ledger = KailiPlaces.ledger(towns, villages, grids);
        places.storeAll(ledger);
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        KailiProjects.Ledger plan = KailiProjects.ledger(villages, ledger, today);
        List<Long> ids = projects.storeAll(plan.projects());
        projects.storeProgressAll(plan.notes().stream()
                .map(n -> new Projects.NewProgress(ids.get(n.index()), n.date(), n.text(), "项目办")).toList());
    }

    /** The campaigns (专项整治): the three-year campaign on work safety and this year's. */
    private void loadCampaigns() {
        Map<String, Long> departments = organisation.departmentsWithinReach(EVERYWHERE).stream()
                .collect(Collectors.toMap(Department::code, Department::id));
        campaigns.storeAll(KailiCampaigns.all(organisation.sectors().stream().map(Sector::code).toList(), departments));
    }

    private static void check(String what, ImportReport report) {
        if (!report.imported()) {
            throw new IllegalStateException("The Kaili demo's " + what + " did not import: " + report.errors());
        }
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
