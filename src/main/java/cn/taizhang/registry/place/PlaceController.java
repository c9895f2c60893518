package cn.taizhang.registry.place;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.RegistryHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping("/api/v1/places")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class PlaceController {

    private final Places places;

    PlaceController(Places places) {
        this.places = places;
    }

    @GetMapping
    @Operation(summary = "场所台账（按辖区）。q 按名称查，area 为区域代码，type 为场所类型编码；sort：name、type、area、updatedAt，前加 - 为倒序")
    ListResponse<Place> list(Scope scope, @ParameterObject PlaceQuery query, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return places.list(scope, places.filter(query), sort, paging.page(), paging.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个场所（ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<Place> get(Scope scope, @PathVariable long id) {
        Place p = places.find(scope, id).orElseThrow(Places::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(p);
    }

    @PostMapping
    @Operation(summary = "登记场所（本网格的网格员或本辖区的指挥员）：type 为场所类型编码，所在网格由 gridCode 或位置 location 给出")
    ResponseEntity<Place> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Place saved = places.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/places/" + saved.id())).eTag(Versions.etag(saved.version())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改场所（须带 If-Match：读取时的版本；他人已修改则 412）")
    ResponseEntity<Place> update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Place saved = places.update(caller, id, Versions.expected(ifMatch, "场所"), body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "场所的修改记录：谁、何时、哪些字段由何值改为何值（最新在前）")
    ListResponse<RegistryHistory.Entry> history(Scope scope, @PathVariable long id) {
        return ListResponse.of(places.history(scope, id));
    }
}
