package cn.taizhang.cases.supervision;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseProblems;
import cn.taizhang.cases.CaseRepository;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.cases.Visibility;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 挂牌督办 lists, scoped like the case lists: only supervisions of cases the caller may see. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "cases", description = "事项办理闭环：上报、立案、派遣、处置、核查结案")
class SupervisionController {

    private final Supervisions supervisions;
    private final CaseRepository cases;

    SupervisionController(Supervisions supervisions, CaseRepository cases) {
        this.supervisions = supervisions;
        this.cases = cases;
    }

    @GetMapping("/supervisions")
    @Operation(summary = "挂牌督办列表（按辖区；area 为区域编码前缀；state=open 只列未结案事项的督办（默认），all 列全部）")
    ListResponse<SupervisionView> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String area,
            @RequestParam(required = false) String state, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        String areaPrefix = area == null || area.isBlank() ? null : area.strip();
        if (areaPrefix != null && !areaPrefix.matches("\\d{6,15}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域编码须为 6 到 15 位数字"));
        }
        String s = state == null || state.isBlank() ? "open" : state.strip();
        if (!s.equals("open") && !s.equals("all")) {
            problems.add(new FieldProblem("state", "INVALID_FIELD", "state：须为 open 或 all"));
        }
        Paging paging;
        try {
            paging = Paging.of(page, size, 50);
        } catch (Problem p) {
            problems.addAll(p.errors());
            paging = null;
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Visibility visibility = Actor.of(caller).visibility();
        boolean openOnly = s.equals("open");
        return new ListResponse<>(supervisions.find(visibility, areaPrefix, openOnly, paging.offset(), paging.size()),
                supervisions.count(visibility, areaPrefix, openOnly));
    }

    @GetMapping("/cases/{id}/supervisions")
    @Operation(summary = "一个事项的挂牌督办记录（督办文号、督办单位、督办期限、是否自动、时间）")
    ListResponse<SupervisionView> ofCase(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        CaseRow row = cases.find(id, Actor.of(caller).visibility()).orElseThrow(CaseProblems::notFound);
        return ListResponse.of(supervisions.ofCase(row.id()));
    }
}
