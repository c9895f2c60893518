package cn.taizhang.evaluation;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.excel.Share;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ranking of 镇街, departments or grid workers for a month, quarter or year, within the caller's jurisdiction;
 * the same as a 通报 (.docx) and as an Excel sheet.
 */
@RestController
@Tag(name = "evaluation", description = "考评：月观摩、季评比、年总结")
class EvaluationController {

    private final Evaluations evaluations;

    EvaluationController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/api/v1/evaluations")
    @Operation(summary = "考评排名（object：town、department、gridworker；period：2026、2026-Q3 或 2026-09，默认本季度）：得分、等次及其依据")
    Evaluation ranking(@RequestParam(required = false) String object, @RequestParam(required = false) String period, Scope scope) {
        EvaluationParams p = EvaluationParams.parse(object, period);
        return evaluations.evaluate(p.object(), p.period(), scope);
    }

    @GetMapping("/api/v1/evaluations/notice.docx")
    @Operation(summary = "考评情况通报（Word 文档）")
    ResponseEntity<byte[]> notice(@RequestParam(required = false) String object, @RequestParam(required = false) String period,
            Scope scope) {
        Evaluation e = ranking(object, period, scope);
        return EvaluationNotice.write(e, LocalDate.now(BeijingTime.ZONE)).download(e.period().label() + e.objectLabel() + "考评通报.docx");
    }

    @GetMapping("/api/v1/evaluations/export.xlsx")
    @Operation(summary = "考评排名的 Excel 台账")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String object, @RequestParam(required = false) String period,
            Scope scope) {
        Evaluation e = ranking(object, period, scope);
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation.Row r : e.ranked()) {
            rows.add(row(r));
        }
        for (Evaluation.Row r : e.unranked()) {
            rows.add(row(r));
        }
        return ExcelSheet.download(e.period().label() + e.objectLabel() + "考评排名.xlsx", "考评排名", headers(e), rows);
    }

    private static List<String> headers(Evaluation e) {
        List<String> headers = new ArrayList<>(List.of("名次", "代码", "单位", "得分", "等次", "指标得分", "观摩得分", "观摩次数", "应结案数", "结案数"));
        e.indicators().forEach(i -> headers.add(i.label()));
        headers.add("说明");
        return headers;
    }

    private static List<Object> row(Evaluation.Row r) {
        List<Object> row = new ArrayList<>(Arrays.asList(r.rank() == null ? "不排名" : r.rank(), r.key(), r.name(), r.score(),
                r.grade() == null ? null : r.grade().name(), r.indicatorScore(), r.observationScore(), r.observationVisits(),
                r.counts().dispatched(), r.counts().closed()));
        r.figures().forEach(f -> row.add(new Share(f.value())));
        row.add(r.reason());
        return row;
    }
}
