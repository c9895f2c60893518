package cn.taizhang.inspection.lists;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class MeasureController {

    static final List<String> HEADERS = List.of("措施名称", "类别", "区域", "责任单位", "专项整治", "完成期限", "进度", "已逾期", "完成时间", "佐证说明",
            "备注", "建立人");

    private final Measures measures;

    MeasureController(Measures measures) {
        this.measures = measures;
    }

    @GetMapping
    @Operation(summary = "制度措施清单（本辖区的；部门工作人员为本单位负责的），完成期限晚者在前。area 为区域代码，department 为责任单位编号，"
            + "campaign 为专项整治编号，status：planned（未开始）、in_progress（推进中）、done（已完成）、overdue（已逾期：过了完成期限仍未完成，按北京时间日期），"
            + "overdue=true|false")
    ListResponse<Measure> list(Scope scope, @ParameterObject MeasureQuery query, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return measures.list(scope, query.filter(), paging.page(), paging.size());
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出制度措施清单（Excel，与列表同样的筛选，最多 500 项）")
    ResponseEntity<byte[]> export(Scope scope, @ParameterObject MeasureQuery query) {
        List<List<Object>> rows = measures.list(scope, query.filter(), 0, Paging.MAX_SIZE).items().stream().map(MeasureController::row).toList();
        return ExcelSheet.download("制度措施清单.xlsx", "制度措施清单", HEADERS, rows);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一项制度措施（ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<Measure> get(Scope scope, @PathVariable long id) {
        Measure m = measures.find(scope, id).orElseThrow(Measures::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(m);
    }

    @PostMapping
    @Operation(summary = "建立制度措施（本辖区的领导，或行业部门、镇街办的工作人员）：{title, kind, area?, ownerDepartmentId?, campaignId?, dueDate, "
            + "status?, notes?}；kind：rule（制度）、mechanism（机制）、training（培训）、other（其他）；area 缺省为本辖区；责任单位须在可选范围内，"
            + "部门工作人员缺省为本单位；status：planned（缺省）或 in_progress")
    ResponseEntity<Measure> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Measure saved = measures.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + saved.id())).eTag(Versions.etag(saved.version())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改制度措施（须带 If-Match；他人已修改则 412）：本辖区的领导、建立人或责任单位的工作人员；已完成的措施保持已完成")
    ResponseEntity<Measure> update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Measure saved = measures.update(caller, id, Versions.expected(ifMatch, "制度措施"), body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "完成制度措施：{evidenceNote}（完成情况及佐证说明）；责任单位的工作人员或建立人；已完成的不能再次完成（409）；"
            + "If-Match 可选")
    ResponseEntity<Measure> complete(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Integer version = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(ifMatch, "制度措施");
        Measure saved = measures.complete(caller, id, version, body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    static List<Object> row(Measure m) {
        return Arrays.asList(m.title(), m.kindName(), m.areaName(), m.ownerDepartmentName(), m.campaignName(), m.dueDate(), m.statusName(),
                m.overdue(), m.doneAt(), m.evidenceNote(), m.notes(), m.createdByName());
    }
}
