package cn.taizhang.inspection.patrol;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping("/api/v1/patrol-volunteers")
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class PatrolVolunteerController {

    private final PatrolVolunteers volunteers;

    PatrolVolunteerController(PatrolVolunteers volunteers) {
        this.volunteers = volunteers;
    }

    @GetMapping
    @Operation(summary = "巡查志愿者（按辖区；联系电话脱敏）：area 为区域代码（服务于其内或包含它的区域的志愿者），kind 为类别"
            + "（wulao_internet_cafe、safety_volunteer、other），active 为是否在岗")
    ListResponse<Volunteer> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String area,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return volunteers.list(caller, PatrolQueries.blankToNull(area), PatrolQueries.blankToNull(kind), active, paging.page(), paging.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一名巡查志愿者（ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<Volunteer> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        Volunteer v = volunteers.find(caller, id).orElseThrow(PatrolVolunteers::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(v.version())).body(v);
    }

    @PostMapping
    @Operation(summary = "登记巡查志愿者（本辖区的指挥员）：{name, phone?（加密保存，脱敏显示）, kind, areaCode（服务的网格或区域）, active?}")
    ResponseEntity<Volunteer> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Volunteer saved = volunteers.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/patrol-volunteers/" + saved.id())).eTag(Versions.etag(saved.version())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改巡查志愿者（须带 If-Match：读取时的版本；他人已修改则 412；不填 phone 则保留原号码）")
    ResponseEntity<Volunteer> update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Volunteer saved = volunteers.update(caller, id, Versions.expected(ifMatch, "志愿者"), body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }
}
