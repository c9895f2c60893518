package cn.taizhang.inspection.checklist;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The checklists: read by everyone signed in (an inspector reads one on a phone, so a checklist answers with an ETag and
 * "not modified" costs one lookup by key), written by the 系统管理员 (public methods, so method security proxies them).
 */
@RestController
@RequestMapping("/api/v1/checklists")
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class ChecklistController {

    private final Checklists checklists;

    ChecklistController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping
    @Operation(summary = "检查表（各行业领域的现行版本，按显示顺序）；sector 为行业领域编码，只列该领域的检查表")
    ListResponse<ChecklistView> list(@RequestParam(required = false) String sector) {
        List<Checklist> found = checklists.ofSector(sector);
        Map<String, String> names = checklists.sectorNames();
        return ListResponse.of(found.stream().map(c -> ChecklistView.of(c, names.get(c.sector()))).toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "一张检查表的现行版本及其检查项（编码、检查内容、依据、是否重大隐患）；version 为历史版本号（检查记录保留其所用版本）")
    ResponseEntity<ChecklistView> get(@PathVariable String code, @RequestParam(required = false) Integer version,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        if (version != null && version < 1) {
            throw Problem.invalid(List.of(new FieldProblem("version", "OUT_OF_RANGE", "version：版本号须为正整数")));
        }
        int wanted = version != null ? version : checklists.currentVersion(code).orElseThrow(() -> Checklists.notFound(code));
        String etag = "\"" + wanted + "\"";
        // a written version never changes: a client that holds it need not fetch it again
        CacheControl cache = version != null ? CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate() : CacheControl.noCache().cachePrivate();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        Checklist found = checklists.version(code, wanted).orElseThrow(() -> version == null ? Checklists.notFound(code)
                : Problem.notFound("检查表 " + code + " 的第 " + version + " 版"));
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(ChecklistView.of(found, checklists.sectorNames().get(found.sector())));
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "新增检查表（系统管理员）：{code, sector, name, items: [{code, text, basis, major}]}，编码为小写字母、数字或下划线，"
            + "检查项编码为大写字母、数字或连字符（如 HC-01），1 到 100 项；编码已存在则 409")
    public ResponseEntity<ChecklistView> create(@RequestBody JsonNode body) {
        Checklist created = checklists.create(body);
        return ResponseEntity.created(URI.create("/api/v1/checklists/" + created.code())).eTag("\"1\"")
                .body(ChecklistView.of(created, checklists.sectorNames().get(created.sector())));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "修改检查表（系统管理员）：{name?, items}，写成新版本（原版本不变，已有检查仍用其版本）；与现行版本相同则不写新版本")
    public ResponseEntity<ChecklistView> edit(@PathVariable String code, @RequestBody JsonNode body) {
        Checklist saved = checklists.edit(code, body);
        return ResponseEntity.ok().eTag("\"" + saved.version() + "\"")
                .body(ChecklistView.of(saved, checklists.sectorNames().get(saved.sector())));
    }
}
