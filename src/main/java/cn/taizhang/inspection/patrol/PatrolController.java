package cn.taizhang.inspection.patrol;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping("/api/v1/patrols")
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class PatrolController {

    private final Patrols patrols;
    private final PatrolViews views;

    PatrolController(Patrols patrols, PatrolViews views) {
        this.patrols = patrols;
        this.views = views;
    }

    @PostMapping
    @Operation(summary = "登记一次巡查（本网格的网格员、本辖区的指挥员或检查人员）：{clientId, date, kind?: routine|internet_cafe|safety|security|"
            + "sanitation|other, gridCode, staffIds?, volunteerIds?（至少一人；登记人须参加，或为志愿者登记）, placeIds?（本网格的场所）, route?, seen, "
            + "findings?: [{description, placeId?, type?（默认 city_sanitation）, sector?, severity?}]}；每个发现生成一件事项；同一 clientId 重发得到同一条记录（200）")
    ResponseEntity<Patrol> record(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Patrols.Recorded recorded = patrols.record(caller, body);
        Patrol saved = recorded.patrol();
        return recorded.created() ? ResponseEntity.created(URI.create("/api/v1/patrols/" + saved.id())).body(saved) : ResponseEntity.ok(saved);
    }

    @GetMapping
    @Operation(summary = "巡查记录（按辖区，最新在前）：area 为区域代码，from、to 为巡查日期（含），kind 为巡查类别，place 为场所编号，volunteer 为志愿者编号")
    ListResponse<PatrolSummary> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String area,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long place, @RequestParam(required = false) Long volunteer,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PatrolVolunteers.reader(caller);
        Paging paging = Paging.of(page, size, 50);
        return views.list(caller.scope(), PatrolQueries.filter(area, from, to, kind, place, volunteer), paging.page(), paging.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次巡查：巡查人员、志愿者、场所或路线、巡查情况及发现问题生成的事项")
    Patrol get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return patrols.find(caller, id).orElseThrow(() -> Problem.notFound("巡查记录"));
    }
}
