package cn.taizhang.registry.project;

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

/** The project kind catalogue: read by everyone signed in, added to and edited by the 系统管理员 (public, so method security proxies it). */
@RestController
@RequestMapping("/api/v1/project-kinds")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class ProjectKindController {

    private final ProjectKinds kinds;

    ProjectKindController(ProjectKinds kinds) {
        this.kinds = kinds;
    }

    @GetMapping
    @Operation(summary = "项目类别目录（背街小巷改造、全民健身示范点建设 …），按显示顺序（position），含计量单位和报道用语；retired 为已停用的类别："
            + "仍列出，已有的项目照旧显示，新登记和改换类别不能再选")
    ListResponse<ProjectKind> list() {
        return ListResponse.of(kinds.all());
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "新增项目类别（系统管理员）：{code, name, unit, phrase?, lengthLabel?}；phrase 缺省由名称得出（“道路建设”→“建设道路”），"
            + "lengthLabel 缺省为“总长”；编码或名称已存在则 409")
    public ResponseEntity<ProjectKind> create(@RequestBody JsonNode body) {
        ProjectKind created = kinds.create(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "修改项目类别（系统管理员）：{name?, unit?, phrase?, lengthLabel?, position?, retired?}，未给出的字段不变，编码不能修改；"
            + "retired: true 停用，false 恢复；类别不存在则 404，名称已被其他类别使用则 409")
    public ProjectKind update(@PathVariable String code, @RequestBody JsonNode body) {
        return kinds.update(code, body);
    }
}
