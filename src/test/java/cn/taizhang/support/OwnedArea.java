package cn.taizhang.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Which test owns which part of the shared test database's territory, in one place: a test that counts what happens in
 * an area, or needs it quiet, owns it here and takes its code from here ({@link #code(Class)}), so that no comment has to
 * promise that "no other test uses it". So does a test that imports a fictional county into the shared database, and a
 * test that needs a code to stay unknown. Checked when first used: no area is owned twice or lies inside another owned
 * one, and an area is handed only to its owner. {@code OwnedAreaTest} also checks that no other test names an owned code
 * or a code inside it.
 * Everything else in the shared database (大十字街道's first grid above all) is shared: tests there count only their own
 * objects.
 */
public enum OwnedArea {

    CASE_LIST("522601001", "CaseListPageTests", "城西街道: a list long enough to page, filter and sort"),
    AUDIT_CHAIN("522601004", "AuditChainTests", "新华街道: cases whose audit rows are sealed"),
    NOTICES("522601005", "NoticesTests", "湾溪街道: its leader's notices"),
    CONTENT_SECURITY_POLICY("522601008", "ContentSecurityPolicyTests", "白午街道: a case every page can show"),
    ROLE_BOUNDARY("522601009", "RoleBoundaryTests", "白果井街道: the objects outside every other role's reach"),
    OVERLAY_FIRST("522601006", "OverlayStatsTests", "鸭塘街道: half of the overlay 黔东南高新区"),
    OVERLAY_SECOND("522601007", "OverlayStatsTests", "开怀街道: the other half of the overlay"),
    TALLIES("522601100", "TallyTests", "三棵树镇: tallies against the raw recount"),
    BRIEFING_CATEGORIES("522601103", "BriefingCategoryTests", "旁海镇: sections of types added by the administrator"),
    BACKUP_RESTORE("522601101", "BackupRestoreTests", "舟溪镇: cases, photos and figures the restore must bring back"),
    BRIEFING_SECTIONS("522601104", "BriefingSectionsTests", "湾水镇: each section's figures"),
    RECOUNT_PROPERTY("522601105", "RecountPropertyTests", "炉山镇: random histories against the recount"),
    AUDIT_ATOMICITY("522601106", "AuditAtomicityTests", "万潮镇: each change's audit row"),
    EVALUATION_PAGE("522601107", "EvaluationPageTests", "龙场镇: 观摩 recorded on the page"),
    DASHBOARD("522601108", "DashboardTests", "碧波镇: the dashboard's figures"),
    BRIEFING_DOCUMENT("522601109", "BriefingDocumentTests", "下司镇: the Word document's figures"),
    EVALUATION_GRID_WORKERS("522601110", "EvaluationFixtures", "凯棠镇: grid workers ranked"),
    EVALUATION_TOWN("522601111", "EvaluationFixtures", "大风洞镇: a 镇街 and its 观摩"),
    STATS_API("522601002005", "StatsApiTests", "a 大十字 村社区: a hand-built history"),
    STATS_BREAKDOWN_NARROWING("522601002006", "StatsBreakdownTests", "a 大十字 村社区: narrowing and grouping"),
    STATS_BREAKDOWN_SCOPE("522601002008", "StatsBreakdownTests", "a 大十字 村社区: breakdowns inside a jurisdiction"),
    INSPECTION_FIGURES("522601002007", "InspectionFiguresTests", "凯棉社区, 大十字: outings counted by hand"),
    PATROL_FIGURES("522601002004", "PatrolFiguresTests", "金泉社区, 大十字: rounds counted by hand"),
    ENFORCEMENT_FIGURES("522601002001002", "EnforcementFiguresTests", "a grid of 永乐社区, 大十字: actions counted by hand"),
    TWO_LISTS("522601002003", "HazardListTests", "苹果山社区, 大十字: the two lists (两个清单) and their figures counted by hand"),
    ENTERPRISE_SERVICE_FIGURES("522601003005", "LeaderVisitFiguresTests", "沿江社区, 西门街道: leaders' visits and their problems counted by hand"),
    HOSTILE_COUNTY("522692", "HostileCounty", "a fictional county imported with hostile names"),
    COMMAND_MODE("522690", "CommandModeTests", "示例县: a fictional county imported by a command"),
    TERRITORY_COMMANDS("522694", "CommandTests", "a fictional county imported by the territory's commands"),
    OVERLAYS("522695", "OverlayTests", "a fictional county under development zones and resettlement areas"),
    TERRITORY_IMPORT("522696", "TerritoryImportTests", "a fictional county imported as the demo loader does"),
    TERRITORY_IMPORT_SECOND("522697", "TerritoryImportTests", "a second fictional county of the import service"),
    IMPORT_API("522698", "ImportApiTests", "试验县: a fictional county uploaded through the API"),
    AREA_API("522699", "AreaApiTests", "虚构县: a fictional county read through the area API"),
    ADMIN_CONSOLE("522689", "AdminConsoleTests", "a fictional county uploaded through the 系统管理员's import page"),
    UNKNOWN_TO_GRANTS("522693", "AdminCommandTests", "no county: a grant there is refused as unknown"),
    UNKNOWN_TO_STAFF_EDITS("522691", "AccountAdministrationTests", "no county: a jurisdiction there is refused as unknown");

    private final String code;
    private final String owner;
    private final String purpose;

    OwnedArea(String code, String owner, String purpose) {
        this.code = code;
        this.owner = owner;
        this.purpose = purpose;
    }

    static {
        List<String> overlaps = new ArrayList<>();
        for (OwnedArea a : values()) {
            for (OwnedArea b : values()) {
                if (a != b && b.code.startsWith(a.code)) {
                    overlaps.add(b + " (" + b.code + ", " + b.owner + ") lies in " + a + " (" + a.code + ", " + a.owner + ")");
                }
            }
        }
        if (!overlaps.isEmpty()) {
            throw new IllegalStateException("areas owned twice: " + overlaps);
        }
    }

    /** The area's code, for its owner only: another test taking it would share its counts. */
    public String code(Class<?> asker) {
        if (!asker.getSimpleName().equals(owner)) {
            throw new IllegalStateException(this + " (" + code + ") belongs to " + owner + ", not " + asker.getSimpleName() + ": own an area of your own");
        }
        return code;
    }

    public String code() {
        return code;
    }

    public String owner() {
        return owner;
    }

    public String purpose() {
        return purpose;
    }
}
