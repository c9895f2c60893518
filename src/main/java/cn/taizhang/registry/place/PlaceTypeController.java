package cn.taizhang.registry.place;

import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The place type catalogue: read by everyone signed in, added to and edited by the 系统管理员 (public, so method security proxies it). */
@RestController
@RequestMapping("/api/v1/place-types")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class PlaceTypeController {

    private final PlaceTypes types;

    PlaceTypeController(PlaceTypes types) {
        this.types = types;
    }

    @GetMapping
    @Operation(summary = "场所类型目录（车站/检查站、学校、医院、冷链仓库 …），按显示顺序（position）；retired 为已停用的类型：仍列出，已有的场所照旧显示，"
            + "新登记和改换类型不能再选")
    ListResponse<PlaceType> list() {
        return ListResponse.of(types.all());
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "新增场所类型（系统管理员）：{code, name}，编码为小写字母、数字或下划线；编码或名称已存在则 409")
    public ResponseEntity<PlaceType> create(@RequestBody JsonNode body) {
        PlaceType created = types.create(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "修改场所类型（系统管理员）：{name?, position?, retired?}，未给出的字段不变，编码不能修改；retired: true 停用，false 恢复；"
            + "类型不存在则 404，名称已被其他类型使用则 409")
    public PlaceType update(@PathVariable String code, @RequestBody JsonNode body) {
        return types.update(code, body);
    }
}
