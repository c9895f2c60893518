package cn.taizhang.enforcement;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Days;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/enforcement-actions")
@Tag(name = "enforcement", description = "执法：责令限期整改、行政处罚、停产停业整顿、关闭、取缔、复查、复产复工验收，执法线索")
class EnforcementController {

    private final Enforcements enforcements;
    private final ActionRepository actions;
    private final EnforcementViews views;
    private final EnforcementDocuments documents;

    EnforcementController(Enforcements enforcements, ActionRepository actions, EnforcementViews views, EnforcementDocuments documents) {
        this.enforcements = enforcements;
        this.actions = actions;
        this.views = views;
        this.documents = documents;
    }

    @PostMapping
    @Operation(summary = "登记执法文书（执法人员，对本辖区内本部门监管行业的企业，或对两违等城乡环境事项）：{clientId?, enterpriseId, "
            + "kind: order（责令限期整改）|penalty（行政处罚决定）|suspension（停产停业整顿）|closure（关闭）|ban（取缔）|reinspection（复查）|restart（复产复工验收）"
            + "|demolition（强制拆除）, date?（默认今天，不能晚于今天）, documentNumber?（处罚必填，不能重复）, violations?: [{description, basis, majorHazard?}], "
            + "fine?（元）, otherPenalties?, deadline?（责令限期整改必填）, caseIds?, inspectionId?, targetId?（复查、验收针对的文书）, passed?（复查结论）, note?}；"
            + "同一 clientId 重发得到同一条记录（200）")
    ResponseEntity<EnforcementAction> take(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Enforcements.Taken taken = enforcements.take(caller, body);
        EnforcementAction a = taken.action();
        return taken.created() ? ResponseEntity.created(URI.create("/api/v1/enforcement-actions/" + a.id())).body(a) : ResponseEntity.ok(a);
    }

    @GetMapping
    @Operation(summary = "执法文书列表（本辖区，部门人员为本部门），最新在前：area 区域代码，enterprise 企业编号，kind 类别，from、to 执法日期（含），department 部门编号")
    ListResponse<EnforcementAction> list(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long department, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ActionRepository.Filter filter = filter(area, enterprise, kind, from, to, department);
        Paging paging = Paging.of(page, size, 50);
        return new ListResponse<>(actions.list(scope, filter, paging.page() * paging.size(), paging.size()).stream().map(views::summary).toList(),
                actions.count(scope, filter));
    }

    static ActionRepository.Filter filter(String area, Long enterprise, String kind, String from, String to, Long department) {
        List<FieldProblem> problems = new ArrayList<>();
        Days.Period period = Days.period(from, to, null, null, problems);
        String kindCode = kind == null || kind.isBlank() ? null : kind.strip();
        if (kindCode != null && ActionKind.of(kindCode).isEmpty()) {
            problems.add(new FieldProblem("kind", "INVALID_FIELD", "kind：执法类别须为 " + ActionKind.codes() + " 之一"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new ActionRepository.Filter(area == null || area.isBlank() ? null : area.strip(), enterprise, kindCode, period.from(), period.to(),
                department);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份执法文书：违法行为、关联事项、复查与验收、经过和材料")
    EnforcementAction get(Scope scope, @PathVariable long id) {
        return enforcements.find(scope, id).orElseThrow(() -> Problem.notFound("执法文书"));
    }

    @PostMapping("/{id}/restart-request")
    @Operation(summary = "登记企业的复产复工申请（对执行中的停产停业整顿）：{date?}；10 日内未复查验收即生成执法线索")
    EnforcementAction requestRestart(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body) {
        return enforcements.requestRestart(caller, id, body);
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传执法文书材料（执法人员；JPEG 或 PNG，按内容完整解码校验，不超过 5MB，每份文书最多 20 份；同一文件重传得到同一条记录（200））")
    ResponseEntity<EnforcementAction.Document> addDocument(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String title, @RequestParam("file") MultipartFile file) throws IOException {
        EnforcementDocuments.Added added = documents.add(caller, id, title, file);
        return added.created() ? ResponseEntity.created(URI.create(added.document().url())).body(added.document()) : ResponseEntity.ok(added.document());
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "查看执法文书材料")
    ResponseEntity<byte[]> document(Scope scope, @PathVariable long id, @PathVariable long documentId) {
        EnforcementDocuments.Download d = documents.get(scope, id, documentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=3600").body(d.bytes());
    }
}
