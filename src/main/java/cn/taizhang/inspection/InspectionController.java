package cn.taizhang.inspection;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Reinspections;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
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
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class InspectionController {

    private final Inspections inspections;
    private final InspectionPhotos photos;
    private final OutingList outings;

    InspectionController(Inspections inspections, InspectionPhotos photos, OutingList outings) {
        this.outings = outings;
        this.inspections = inspections;
        this.photos = photos;
    }

    @PostMapping
    @Operation(summary = "登记一次检查（一个检查组出动一次，检查组成员中的检查人员登记）：{clientId?, campaignId?, date, group, inspectorIds, "
            + "visits: [{enterpriseId | placeId, checklist, answers: [{item, result: pass|fail|na, note?, severity?}], findings?: [{description, severity?}], "
            + "rechecks?: [{caseId, result: rectified|unrectified, note?}]}]}；每个不合格项和每个发现生成一件安全生产隐患事项；"
            + "rechecks 为对该企业或场所已处置隐患的复查，即该事项的核查（整改到位则办结，未整改到位须说明并退回承办单位返工）；"
            + "同一 clientId 重发得到同一条记录（200）")
    ResponseEntity<Inspection> record(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Inspections.Recorded recorded = inspections.record(caller, body);
        Inspection saved = recorded.inspection();
        return recorded.created() ? ResponseEntity.created(URI.create("/api/v1/inspections/" + saved.id())).body(saved) : ResponseEntity.ok(saved);
    }

    @GetMapping
    @Operation(summary = "检查记录（本辖区内有检查对象的检查，最新在前）：area 为检查对象所在区域代码，from、to 为检查日期（含），campaign 为专项整治编号；"
            + "每条含检查人次、检查对象数、隐患数、复查数和检查对象名称")
    ListResponse<OutingList.Outing> list(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long campaign, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return outings.list(scope, OutingList.filter(area, from, to, campaign), paging.page(), paging.size());
    }

    /** The page's list of hazards to re-inspect (复查) at an enterprise or place. */
    record DueList(List<Reinspections.Due> items) {
    }

    @GetMapping("/rechecks")
    @Operation(summary = "待复查的隐患：该企业（enterpriseId）或场所（placeId）已处置、待核查、在本人辖区内的隐患事项，供检查时复查（rechecks）")
    DueList rechecks(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) Long placeId) {
        return new DueList(inspections.due(caller, enterpriseId, placeId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次检查：检查组、检查人员、检查对象、各检查项结果及隐患事项")
    Inspection get(Scope scope, @PathVariable long id) {
        return inspections.find(scope, id).orElseThrow(() -> Problem.notFound("检查记录"));
    }

    @PostMapping(path = "/{id}/visits/{visitId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "为一次检查的检查对象上传照片（本次检查的检查人员；item 为检查项编码，不填为整体照片；JPEG 或 PNG，按内容完整解码校验，"
            + "每张不超过 5MB，每个检查项最多 9 张；同一照片重传得到同一条记录（200））")
    ResponseEntity<Inspection.Photo> addPhoto(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long visitId,
            @RequestParam(required = false) String item, @RequestParam("file") MultipartFile file) throws IOException {
        InspectionPhotos.Added added = photos.add(caller, id, visitId, item, file);
        return added.created() ? ResponseEntity.created(URI.create(added.photo().url())).body(added.photo()) : ResponseEntity.ok(added.photo());
    }

    @GetMapping("/{id}/visits/{visitId}/photos/{photoId}")
    @Operation(summary = "查看检查照片（可查看该次检查者）")
    ResponseEntity<byte[]> photo(Scope scope, @PathVariable long id, @PathVariable long visitId, @PathVariable long photoId) {
        InspectionPhotos.Download photo = photos.get(scope, id, visitId, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=3600").body(photo.bytes());
    }
}
