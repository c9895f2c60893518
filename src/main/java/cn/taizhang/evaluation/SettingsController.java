package cn.taizhang.evaluation;

import cn.taizhang.platform.Problem;
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
import org.springframework.web.bind.annotation.RequestHeader;
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

    /** An {@code If-Match} of the version read ("3" or W/"3"); one that is not a number matches no version. */
    private static int versionOf(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    private static Problem stale() {
        return new Problem(Problem.Kind.STALE, "VERSION_MISMATCH", "考评设置已被他人修改，请刷新后按最新版本重试");
    }

    @GetMapping("/api/v1/evaluation-weights")
    @Operation(summary = "各类考评对象的指标权重、最低样本量和观摩得分权重")
    ListResponse<SettingsView> list() {
        return ListResponse.of(settings.all().stream().map(SettingsView::of).toList());
    }

    @PutMapping("/api/v1/evaluation-weights/{object}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Transactional
    @Operation(summary = "修改一类考评对象的权重、最低样本量和观摩得分权重（系统管理员；带 If-Match 时只在版本未变时修改，否则 412）")
    public SettingsView replace(@Parameter(schema = @Schema(allowableValues = {"town", "department", "gridworker"})) @PathVariable String object,
            @RequestBody JsonNode body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ObjectKind kind = EvaluationParams.object(object);
        EvaluationSettings checked = SettingsForm.read(kind, body, catalogue.all());
        Integer expected = ifMatch == null || ifMatch.isBlank() ? null : versionOf(ifMatch);
        int before = settings.find(kind).version();
        int after = settings.replace(checked, expected).orElseThrow(SettingsController::stale);
        AuditNote.changed("evaluation_setting", kind.code(), Integer.toString(before), Integer.toString(after));
        return SettingsView.of(settings.find(kind));
    }
}
