package cn.taizhang.service;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/leader-visits")
@Tag(name = "service", description = "企业服务：领导走访企业和项目，收集困难和问题，顶格协调")
class VisitController {

    /** What a recording answers: the visit and its problems' cases. */
    record Answer(long id, List<Long> problems) {
    }

    private final LeaderVisits visits;
    private final VisitList list;

    VisitController(LeaderVisits visits, VisitList list) {
        this.visits = visits;
        this.list = list;
    }

    @PostMapping
    @Operation(summary = "登记一次领导走访（领导登记）：{clientId?, date, leaderIds, enterpriseId | projectId, notes?, "
            + "problems: [{description, hard?, category?}]}；每个问题生成一件企业诉求事项（hard 为疑难诉求），由走访领导按其中职级最高者"
            + "直接立案并派遣（顶格协调）：市领导派至市企业服务协调单位，部门领导派至本部门，镇（街道）领导派至本镇（街道）办事机构；"
            + "同一 clientId 重发得到同一条记录（200），内容不同则 409")
    ResponseEntity<Answer> record(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        LeaderVisits.Recorded recorded = visits.record(caller, body);
        Answer answer = new Answer(recorded.id(), recorded.problems());
        return recorded.created() ? ResponseEntity.created(URI.create("/api/v1/leader-visits/" + recorded.id())).body(answer)
                : ResponseEntity.ok(answer);
    }

    @GetMapping
    @Operation(summary = "走访记录（本辖区内，最新在前）：area 为走访对象所在区域代码，from、to 为走访日期（含），leader 为走访领导编号，"
            + "enterprise 为企业编号；每条含问题数、疑难问题数和已解决数")
    ListResponse<VisitList.Item> list(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long leader, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return list.list(scope, VisitList.filter(area, from, to, leader, enterprise), paging.page(), paging.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次走访：走访领导、走访对象、协调单位，每个问题的事项办理情况和向企业反馈的结果")
    LeaderVisit get(Scope scope, @PathVariable long id) {
        return visits.find(scope, id).orElseThrow(() -> Problem.notFound("走访记录"));
    }
}
