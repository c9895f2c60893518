package cn.taizhang.cases;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.web.Days;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "cases", description = "事项办理闭环：上报、立案、派遣、处置、核查结案")
class CaseListController {

    static final int MAX_EXPORT = 10_000;

    private final CaseQueries queries;
    private final CaseRepository cases;
    private final CaseViews views;
    private final Organisation organisation;

    CaseListController(CaseQueries queries, CaseRepository cases, CaseViews views, Organisation organisation) {
        this.queries = queries;
        this.cases = cases;
        this.views = views;
        this.organisation = organisation;
    }

    record UnitView(long id, String name, String kind, String area) {
    }

    @GetMapping("/cases")
    @Operation(summary = "事项列表（按辖区；可按状态、类型、来源、等级、区域、单位、超期、时间、关键词筛选；sort：createdAt、deadline，前加 - 为倒序，默认 -createdAt）")
    ListResponse<CaseView> list(@AuthenticationPrincipal Caller caller, @ParameterObject CaseFilter filter,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        Actor actor = Actor.of(caller);
        String order = check(filter, sort);
        List<CaseRow> rows = queries.find(actor.visibility(), filter, order, paging.offset(), paging.size());
        return new ListResponse<>(views.of(rows, actor), queries.count(actor.visibility(), filter));
    }

    @GetMapping("/cases/export.xlsx")
    @Operation(summary = "导出事项台账（Excel，筛选条件同列表）")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller, @ParameterObject CaseFilter filter,
            @RequestParam(required = false) String sort) {
        Actor actor = Actor.of(caller);
        String order = check(filter, sort);
        List<CaseView> cases = views.of(queries.find(actor.visibility(), filter, order, 0, MAX_EXPORT), actor);
        List<List<Object>> rows = new ArrayList<>();
        for (CaseView c : cases) {
            rows.add(java.util.Arrays.asList(c.number(), c.typeName(), c.severityName(), c.stateName(), c.gridCode(), c.areaName(),
                    c.unit() == null ? null : c.unit().name(), c.deadline(), c.overdue(), c.sourceName(), c.description(), c.address(),
                    c.createdAt(), c.reworkCount(),
                    c.returnCount(), c.extensionCount(), c.deferredCount(), c.supervisedCount()));
        }
        return ExcelSheet.download("事项台账.xlsx", "事项台账", List.of("编号", "类型", "等级", "状态", "网格编码", "网格", "承办单位",
                "处置时限", "是否超期", "来源", "问题描述", "地址", "上报时间", "返工次数", "退回次数", "延期次数", "缓办次数", "督办次数"), rows);
    }

    @GetMapping("/cases/{id}/duplicates")
    @Operation(summary = "疑似重复事项（同类型、约 200 米内、30 天内、未作废）")
    ListResponse<CaseView> duplicates(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        Actor actor = Actor.of(caller);
        CaseRow row = cases.find(id, actor.visibility()).orElseThrow(CaseProblems::notFound);
        return ListResponse.of(views.of(queries.duplicatesOf(row, actor.visibility()), actor));
    }

    @GetMapping("/units")
    @Operation(summary = "可派遣的承办单位（行业主管部门和镇街办事处）")
    ListResponse<UnitView> units(Scope scope) {
        return ListResponse.of(organisation.departmentsWithinReach(scope).stream()
                .map(d -> new UnitView(d.id(), d.name(), d.kind(), d.areaCode())).toList());
    }

    /** Checks the filter and answers the order of {@code sort}; a bad one is a 400 naming it. */
    static String check(CaseFilter filter, String sort) {
        if (!filter.validState()) {
            throw CaseProblems.field("state", "INVALID_FIELD", "状态须为 reported、registered、rejected、dispatched、handled、closed、deferred 之一");
        }
        if (!filter.validSource()) {
            throw CaseProblems.field("source", "INVALID_FIELD", "来源须为 " + CaseSource.codes() + " 之一");
        }
        if (!Days.plausible(filter.from()) || !Days.plausible(filter.to())) {
            throw Problem.invalid(List.of(Days.outOfRange(Days.plausible(filter.from()) ? "to" : "from")));
        }
        return CaseQueries.ORDERS.orderBy(sort);
    }
}
