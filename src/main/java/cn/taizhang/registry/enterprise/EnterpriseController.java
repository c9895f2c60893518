package cn.taizhang.registry.enterprise;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.RegistryHistory;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping("/api/v1/enterprises")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class EnterpriseController {

    /** A stored enterprise with the warnings its writer should read. */
    record SavedAnswer(@JsonUnwrapped Enterprise enterprise, List<String> warnings) {
    }

    /** Points a map draws at most: a city's enterprises, not a province's. */
    static final int MAP_POINTS = 5_000;

    private final Enterprises enterprises;

    EnterpriseController(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping
    @Operation(summary = "企业台账（按辖区；部门人员只见其监管行业领域的企业）。q 按名称或信用代码查；三库合一：unionFounded=true 为建会企业信息库，"
            + "status=deregistered 为注销企业登记库，status=lost_contact 为失联企业报备库；sort：name、uscc、area、employees、updatedAt，前加 - 为倒序；"
            + "near=纬度,经度（WGS-84）按与该点的距离由近及远排列（无位置的在后，此时忽略 sort）")
    ListResponse<Enterprise> list(Scope scope, @ParameterObject EnterpriseQuery query, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String near, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        EnterpriseFilter filter = query.filter();
        Near point = Near.parse(near);
        return point == null ? enterprises.list(scope, filter, sort, paging.page(), paging.size())
                : enterprises.listByOrder(scope, filter, point.orderBy(), paging.page(), paging.size());
    }

    @GetMapping(value = "/map.geojson", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "企业分布（GeoJSON 点，WGS-84，与列表同样的筛选）：有位置的企业，至多 " + MAP_POINTS + " 家（truncated）；"
            + "coerced 为正在执行的强制措施（停产停业整顿、关闭、取缔）；total 为筛选出的企业数，located 为其中有位置的")
    EnterpriseMap map(Scope scope, @ParameterObject EnterpriseQuery query) {
        return enterprises.points(scope, query.filter(), MAP_POINTS);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一家企业（ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<Enterprise> get(Scope scope, @PathVariable long id) {
        Enterprise e = enterprises.find(scope, id).orElseThrow(Enterprises::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(e.version())).body(e);
    }

    @PostMapping
    @Operation(summary = "登记企业（本辖区指挥员，或监管其行业领域的部门检查、处置人员）：统一社会信用代码校验位错误则拒绝并指出应为何字符；"
            + "其中组织机构代码校验位不符只作提醒（warnings）")
    ResponseEntity<SavedAnswer> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Enterprises.Saved saved = enterprises.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + saved.enterprise().id()))
                .eTag(Versions.etag(saved.enterprise().version())).body(new SavedAnswer(saved.enterprise(), saved.warnings()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改企业（须带 If-Match：读取时的版本；他人已修改则 412）")
    ResponseEntity<SavedAnswer> update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Enterprises.Saved saved = enterprises.update(caller, id, Versions.expected(ifMatch, "企业"), body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.enterprise().version())).body(new SavedAnswer(saved.enterprise(), saved.warnings()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "企业的修改记录：谁、何时、哪些字段由何值改为何值（最新在前）")
    ListResponse<RegistryHistory.Entry> history(Scope scope, @PathVariable long id) {
        return ListResponse.of(enterprises.history(scope, id));
    }
}
