package cn.taizhang.territory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 系统管理员's territory import page (/admin/territory): uploads a division list or grid polygons through
 * {@code POST /api/v1/territory/imports/…} and shows the answer and the grids on a map; its script does the work.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class TerritoryImportPage {

    @GetMapping("/admin/territory")
    String page() {
        return "territory/import";
    }
}
