package cn.taizhang.inspection.campaign;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.RegistryHistory;
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
@RequestMapping("/api/v1/campaigns")
@Tag(name = "inspection", description = "检查：专项整治")
class CampaignController {

    /** An export holds at most this many campaigns: a city has tens a year, not thousands. */
    static final int MAX_EXPORT = Paging.MAX_SIZE;

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @Operation(summary = "专项整治（与本辖区有关的：本辖区内的，及覆盖本辖区的上级的）。q 按名称查，area 为区域代码（与之有关的），sector 为行业领域编码，"
            + "stage：mobilisation、investigation、tackling、consolidation，active=true 为今天（北京时间）在整治期内的；"
            + "sort：name、from、to、area、updatedAt，前加 - 为倒序（缺省 -from）")
    ListResponse<Campaign> list(Scope scope, @ParameterObject CampaignQuery query, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return campaigns.list(scope, campaigns.filter(query), sort, paging.page(), paging.size());
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出专项整治（Excel，与列表同样的筛选和排序，最多 500 项）")
    ResponseEntity<byte[]> export(Scope scope, @ParameterObject CampaignQuery query, @RequestParam(required = false) String sort) {
        List<Campaign> rows = campaigns.list(scope, campaigns.filter(query), sort, 0, MAX_EXPORT).items();
        return ExcelSheet.download("专项整治.xlsx", "专项整治", CampaignLedger.LEDGER.headers(),
                rows.stream().map(CampaignLedger.LEDGER::row).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一项专项整治（ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<Campaign> get(Scope scope, @PathVariable long id) {
        Campaign c = campaigns.find(scope, id).orElseThrow(Campaigns::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(c);
    }

    @PostMapping
    @Operation(summary = "发起专项整治（本辖区的领导，或行业部门、镇街办的工作人员）：{name, from, to, area, sectors?, stage?, leadDepartmentId?, "
            + "measures?, notes?}；area 为全市、镇街或村社区的代码，sectors 为行业领域编码，stage 缺省为 mobilisation（动员部署），"
            + "部门工作人员的牵头部门缺省为本部门")
    ResponseEntity<Campaign> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Campaign saved = campaigns.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + saved.id())).eTag(Versions.etag(saved.version())).body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改专项整治（须带 If-Match：读取时的版本；他人已修改则 412）：本辖区的领导，或牵头部门的工作人员")
    ResponseEntity<Campaign> update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Campaign saved = campaigns.update(caller, id, Versions.expected(ifMatch, "专项整治"), body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "专项整治的修改记录：谁、何时、哪些字段由何值改为何值（最新在前）")
    ListResponse<RegistryHistory.Entry> history(Scope scope, @PathVariable long id) {
        return ListResponse.of(campaigns.history(scope, id));
    }
}
