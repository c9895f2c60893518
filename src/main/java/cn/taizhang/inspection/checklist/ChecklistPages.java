package cn.taizhang.inspection.checklist;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 系统管理员's checklists (/admin/checklists): the list per sector with versions, and one checklist's items with its
 * older versions readable and an editor for the current one. The editor's script saves through
 * {@code PUT /api/v1/checklists/{code}}, so an edit is checked, versioned and audited as the API's are.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class ChecklistPages {

    /** A checklist as the list shows it. */
    record Row(String code, String name, String sector, String sectorName, int version, int items, long major) {
    }

    /** A version as the page lists it, its time in Beijing time. */
    record VersionRow(int version, String name, String written, int items) {
    }

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BeijingTime.ZONE);

    private final Checklists checklists;

    ChecklistPages(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping("/admin/checklists")
    public String list(@RequestParam(required = false) String sector, Model model) {
        String chosen = sector == null || sector.isBlank() ? null : sector;
        Map<String, String> names = checklists.sectorNames();
        List<Row> rows = checklists.ofSector(chosen).stream().map(c -> new Row(c.code(), c.name(), c.sector(), names.get(c.sector()),
                c.version(), c.items().size(), c.items().stream().filter(ChecklistItem::major).count())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("sectors", names);
        model.addAttribute("sector", chosen);
        return "inspection/checklists";
    }

    @GetMapping("/admin/checklists/{code}")
    public String checklist(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
        Checklist current = checklists.current(code).orElseThrow(() -> Checklists.notFound(code));
        Checklist shown = version == null || version == current.version() ? current
                : checklists.version(code, version).orElseThrow(() -> Problem.notFound("检查表 " + code + " 的第 " + version + " 版"));
        model.addAttribute("checklist", shown);
        model.addAttribute("current", current.version());
        model.addAttribute("latest", shown.version() == current.version());
        model.addAttribute("sectorName", checklists.sectorNames().getOrDefault(shown.sector(), shown.sector()));
        model.addAttribute("versions", checklists.versions(code).stream()
                .map(v -> new VersionRow(v.version(), v.name(), WRITTEN.format(v.writtenAt()), v.items())).toList());
        return "inspection/checklist";
    }
}
