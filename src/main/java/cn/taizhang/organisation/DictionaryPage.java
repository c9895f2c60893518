package cn.taizhang.organisation;

import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 系统管理员's dictionaries (/admin/dictionaries): the sector catalogue and the units within reach, as
 * {@code GET /api/v1/sectors} and {@code GET /api/v1/departments} answer them. Read-only: no API or command changes
 * them (sectors come with the migrations, units with the initial load), and the page says so.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class DictionaryPage {

    /** A sector with where it comes from, in words. */
    record SectorRow(String code, String name, String source) {
    }

    /** A unit as the list shows it: its kind, the area it serves and its sectors by name. */
    record UnitRow(String code, String name, String kind, String areaCode, String areaName, List<String> sectors) {
    }

    private static final Map<String, String> KINDS = Map.of("department", "行业主管部门", "office", "镇街办事处");
    /** The sources the migrations give (sector.source); another is shown as it is. */
    private static final Map<String, String> SOURCES = Map.of("seed", "原始材料所列", "three_year_campaign", "安全生产专项整治三年行动",
            "local_practice", "地方实践");

    private final Organisation organisation;
    private final Territory territory;

    DictionaryPage(Organisation organisation, Territory territory) {
        this.organisation = organisation;
        this.territory = territory;
    }

    @GetMapping("/admin/dictionaries")
    String page(Scope scope, Model model) {
        List<Sector> sectors = organisation.sectors();
        Map<String, String> sectorNames = sectors.stream().collect(Collectors.toMap(Sector::code, Sector::name));
        List<Department> units = organisation.departmentsWithinReach(scope);
        Map<String, String> areaNames = territory.names(units.stream().map(Department::areaCode).distinct().toList(), scope);
        model.addAttribute("sectors", sectors.stream()
                .map(s -> new SectorRow(s.code(), s.name(), SOURCES.getOrDefault(s.source(), s.source()))).toList());
        model.addAttribute("units", units.stream().map(d -> new UnitRow(d.code(), d.name(), KINDS.getOrDefault(d.kind(), d.kind()),
                d.areaCode(), areaNames.getOrDefault(d.areaCode(), d.areaCode()),
                d.sectorCodes().stream().map(c -> sectorNames.getOrDefault(c, c)).toList())).toList());
        return "organisation/dictionaries";
    }
}
