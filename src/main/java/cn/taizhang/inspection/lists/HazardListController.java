package cn.taizhang.inspection.lists;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hazard-list")
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class HazardListController {

    static final List<String> HEADERS = List.of("检查日期", "检查组", "专项整治", "检查对象", "区域代码", "行业领域", "检查项", "隐患描述", "重大隐患",
            "事项编号", "状态", "已整改", "责任单位", "整改期限", "超期", "结案时间", "整改佐证（张）", "处置说明");

    private final HazardList hazards;

    HazardListController(HazardList hazards) {
        this.hazards = hazards;
    }

    @GetMapping
    @Operation(summary = "问题隐患清单：本辖区检查发现的隐患及其事项的现状（编号、状态、责任单位、整改期限、超期、是否已整改即结案、佐证、处置说明），"
            + "检查日期新者在前。area 为区域代码，department 为责任单位编号，enterprise 为企业编号，campaign 为专项整治编号，"
            + "from、to 为检查日期（含），state：open（未整改）、rectified（已整改）、all（缺省），major=true 只列重大隐患")
    ListResponse<HazardEntry> list(Scope scope, @ParameterObject HazardQuery query, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return hazards.page(query.filter(), scope, paging.page(), paging.size());
    }

    @GetMapping("/figures")
    @Operation(summary = "问题隐患清单的统计（与清单同样的筛选，state 除外）：total 隐患数、rectified 已整改、open 未整改、overdue 超期、major 重大隐患、"
            + "majorRectified 重大隐患已整改")
    HazardFigures figures(Scope scope, @ParameterObject HazardQuery query) {
        return hazards.figures(query.filter(), scope);
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出问题隐患清单（Excel，与清单同样的筛选，全部行）")
    ResponseEntity<byte[]> export(Scope scope, @ParameterObject HazardQuery query) {
        List<List<Object>> rows = hazards.entries(query.filter(), scope).stream().map(HazardListController::row).toList();
        return ExcelSheet.download("问题隐患清单.xlsx", "问题隐患清单", HEADERS, rows);
    }

    static List<Object> row(HazardEntry e) {
        List<Object> r = new ArrayList<>();
        r.add(e.day());
        r.add(e.group());
        r.add(e.campaignName());
        r.add(e.subjectName());
        r.add(e.areaCode());
        r.add(e.sectorName());
        r.add(e.itemCode());
        r.add(e.description());
        r.add(e.major());
        r.add(e.number());
        r.add(e.stateName());
        r.add(e.rectified());
        r.add(e.unitName());
        r.add(e.deadline() == null ? null : e.deadline().toLocalDate());
        r.add(e.overdue());
        r.add(e.closedAt());
        r.add(e.evidenceCount());
        r.add(e.lastNote());
        return r;
    }
}
