package cn.taizhang.evaluation;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** 观摩 visits: leaders record them within their jurisdiction; everyone lists those within theirs. */
@RestController
@Tag(name = "evaluation", description = "考评：月观摩、季评比、年总结")
class ObservationController {

    private final ObservationVisits visits;

    ObservationController(ObservationVisits visits) {
        this.visits = visits;
    }

    @PostMapping("/api/v1/observation-visits")
    @PreAuthorize("hasRole('LEADER')")
    @Operation(summary = "记录一次观摩（领导，限本辖区）：观摩组、日期、被观摩的镇（街道）或部门、得分 0-100、评语；可凭 clientId 或 Idempotency-Key 安全重试")
    public ResponseEntity<ObservationVisits.VisitView> record(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, Scope scope) {
        ObservationVisits.Recorded r = visits.record(body, key, caller.getUsername(), scope);
        return ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK).body(r.visit());
    }

    @GetMapping("/api/v1/observation-visits")
    @Operation(summary = "本辖区某考评期的观摩记录（period：2026、2026-Q3 或 2026-09，默认本季度），按日期倒序")
    ListResponse<ObservationVisits.VisitView> list(@RequestParam(required = false) String period, Scope scope) {
        return ListResponse.of(visits.list(EvaluationParams.parse(null, period).period(), scope));
    }
}
