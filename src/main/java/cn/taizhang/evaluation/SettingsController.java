package cn.taizhang.evaluation;

import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation weights, minimum samples and 观摩 weights: read by everyone signed in, replaced by the system
 * administrator only (audited like every change). The changing handler is public so that method security proxies it.
 */
@RestController
@Tag(name = "evaluation", description = "考评：月观摩、季评比、年总结")
class SettingsController {

    record SettingsView(String object, String label, Map<String, BigDecimal> weights, int minimumSample,
            BigDecimal observationWeight, int version) {

        static SettingsView of(EvaluationSettings s) {
            return new SettingsView(s.kind().code(), s.kind().label(), s.weights(), s.minimumSample(), s.observationWeight(),
                    s.version());
        }
    }

    private final SettingsRepository settings;
    private final Catalogue catalogue;

    SettingsController(SettingsRepository settings, Catalogue catalogue) {
        this.settings = settings;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/evaluation-weights")
    @Operation(summary = "各类考评对象的指标权重、最低样本量和观摩得分权重")
    ListResponse<SettingsView> list() {
        return ListResponse.of(settings.all().stream().map(SettingsView::of).toList());
    }

    @PutMapping("/api/v1/evaluation-weights/{object}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Transactional
    @Operation(summary = "修改一类考评对象的权重、最低样本量和观摩得分权重（系统管理员）")
    public SettingsView replace(@Parameter(schema = @Schema(allowableValues = {"town", "department", "gridworker"})) @PathVariable String object,
            @RequestBody JsonNode body) {
        ObjectKind kind = EvaluationParams.object(object);
        int before = settings.find(kind).version();
        int after = settings.replace(SettingsForm.read(kind, body, catalogue.all()));
        AuditNote.changed("evaluation_setting", kind.code(), Integer.toString(before), Integer.toString(after));
        return SettingsView.of(settings.find(kind));
    }
}
