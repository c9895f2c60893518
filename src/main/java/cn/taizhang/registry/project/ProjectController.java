package cn.taizhang.registry.project;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.RegistryHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class ProjectController {

    private final Projects projects;
    private final ProgressPhotos photos;

    ProjectController(Projects projects, ProgressPhotos photos) {
        this.projects = projects;
        this.photos = photos;
    }

    @GetMapping
    @Operation(summary = "项目台账（按辖区）。q 按名称查，area 为区域代码，kind 为项目类别编码，year 为计划年度，status：planned、under_construction、"
            + "completed；sort：name、kind、area、year、updatedAt，前加 - 为倒序（缺省 -year）")
    ListResponse<Project> list(Scope scope, @ParameterObject ProjectQuery query, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return projects.list(scope, projects.filter(query), sort, paging.page(), paging.size());
    }

    @GetMapping("/summary")
    @Operation(summary = "项目汇总（按辖区）：每个年度、类别、状态的项目数、户数、受益人数、长度、面积、投资之和，及报道用语"
            + "（如“2021年改造背街小巷31条，涉及6370户 …”）")
    ListResponse<ProjectSummary> summary(Scope scope, @ParameterObject ProjectSummaryQuery query) {
        return ListResponse.of(projects.summary(scope, projects.filter(query)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个项目（ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<Project> get(Scope scope, @PathVariable long id) {
        Project p = projects.find(scope, id).orElseThrow(Projects::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(p);
    }

    @PostMapping
    @Operation(summary = "登记项目（本辖区的指挥员或领导）：kind 为项目类别编码，areaCode 为镇街、村社区或网格的代码；投资以万元计，最多两位小数")
    ResponseEntity<Project> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Project saved = projects.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + saved.id())).eTag(Versions.etag(saved.version())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改项目（须带 If-Match：读取时的版本；他人已修改则 412）")
    ResponseEntity<Project> update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Project saved = projects.update(caller, id, Versions.expected(ifMatch, "项目"), body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "项目的修改记录：谁、何时、哪些字段由何值改为何值（最新在前）")
    ListResponse<RegistryHistory.Entry> history(Scope scope, @PathVariable long id) {
        return ListResponse.of(projects.history(scope, id));
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "项目进展（最近的日期在前）")
    ListResponse<ProgressNote> progress(Scope scope, @PathVariable long id) {
        return ListResponse.of(projects.progress(scope, id));
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "填写项目进展（本辖区的指挥员或领导）：{date, text}，日期不能晚于今天")
    ResponseEntity<ProgressNote> addProgress(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body) {
        ProgressNote note = projects.addProgress(caller, id, body);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/progress")).body(note);
    }

    @PostMapping(path = "/{id}/progress/{progressId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "为一条项目进展上传照片（填写进展者：本辖区的指挥员或领导；JPEG 或 PNG，按内容完整解码校验，每张不超过 5MB，每条最多 9 张）")
    ResponseEntity<ProgressPhoto> addPhoto(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long progressId,
            @RequestParam("file") MultipartFile file) throws IOException {
        ProgressPhoto photo = photos.add(caller, id, progressId, file);
        return ResponseEntity.created(URI.create(photo.url())).body(photo);
    }

    @GetMapping("/{id}/progress/{progressId}/photos/{photoId}")
    @Operation(summary = "查看项目进展照片（可查看该项目者）")
    ResponseEntity<byte[]> photo(Scope scope, @PathVariable long id, @PathVariable long progressId, @PathVariable long photoId) {
        ProgressPhotos.Download photo = photos.get(scope, id, progressId, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=3600").body(photo.bytes());
    }
}
