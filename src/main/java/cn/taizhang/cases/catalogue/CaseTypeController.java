package cn.taizhang.cases.catalogue;

import cn.taizhang.cases.CaseProblems;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The case type catalogue: read by everyone signed in, changed by the system administrator only. The
 * changing handlers are public so that method security proxies them whatever proxy style it uses.
 */
@RestController
@RequestMapping("/api/v1/case-types")
@Tag(name = "cases", description = "事项办理闭环：上报、立案、派遣、处置、核查结案")
class CaseTypeController {

    private final CaseTypes types;
    private final CaseTypeAdmin admin;

    CaseTypeController(CaseTypes types, CaseTypeAdmin admin) {
        this.types = types;
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "事项类型及其办理规则（责任单位、时限、核查、升级督办）")
    ListResponse<CaseType> list() {
        return ListResponse.of(types.all());
    }

    @GetMapping("/{code}")
    @Operation(summary = "一个事项类型及其办理规则（ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<CaseType> get(@PathVariable String code) {
        CaseType type = types.find(code).orElseThrow(() -> Problem.notFound("事项类型 " + code + " "));
        return ResponseEntity.ok().eTag(CaseProblems.etag(type.version())).body(type);
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "新增事项类型（系统管理员）：编码为 3 到 40 个小写字母或下划线，已存在则 409")
    public ResponseEntity<CaseType> create(@RequestBody JsonNode body) {
        CaseType created = admin.create(CaseTypeForm.forNew(body));
        return ResponseEntity.created(URI.create("/api/v1/case-types/" + created.code()))
                .eTag(CaseProblems.etag(created.version())).body(created);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "修改事项类型（系统管理员，须带 If-Match）：名称、类别、责任单位规则、核查、升级规则和等级；只影响此后派遣的事项")
    public ResponseEntity<CaseType> update(@PathVariable String code, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        int expected = CaseProblems.expectedTypeVersion(ifMatch, code);
        CaseTypeAdmin.Edited edited = admin.update(code, expected, CaseTypeForm.forUpdate(code, body));
        return ResponseEntity.ok().eTag(CaseProblems.etag(edited.after().version())).body(edited.after());
    }
}
