package cn.taizhang.cases.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.FieldProblem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case type form's checks, without a database. */
class CaseTypeFormTests {

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text.replace('\'', '"'));
    }

    private static final String GOOD = """
            {'code': 'road_damage', 'name': '道路破损', 'category': '城乡环境综合治理', 'responsibility': 'chosen',
             'verificationRequired': false, 'remindShare': 0.75, 'superviseAfterDays': 0, 'version': 4,
             'severities': [{'code': 'general', 'name': '一般', 'deadlineDays': 365}, {'code': 'urgent', 'name': '紧急', 'deadlineDays': 1, 'notifyLeaders': true}]}
            """;

    @Test
    void aWholeTypeReadsAsItIsListed() {
        CaseTypeForm form = CaseTypeForm.forNew(json(GOOD));
        assertThat(form.problems()).isEmpty();
        CaseType type = form.toType(1);
        assertThat(type.remindShare()).isEqualTo(new BigDecimal("0.75"));
        assertThat(type.severities()).containsExactly(new CaseType.Severity("general", "一般", 365, false, false),
                new CaseType.Severity("urgent", "紧急", 1, true, false));
        assertThat(CaseTypeForm.forUpdate("road_damage", json(GOOD)).problems()).isEmpty();
    }

    @Test
    void theCodeIsFixedByThePathOnUpdate() {
        assertThat(CaseTypeForm.forUpdate("other_type", json(GOOD)).problems()).extracting(FieldProblem::code).containsExactly("CODE_MISMATCH");
        assertThat(CaseTypeForm.forUpdate("road_damage", json(GOOD.replace("'code': 'road_damage', ", ""))).problems()).isEmpty();
    }

    @Test
    void boundsAreChecked() {
        assertThat(fields(GOOD.replace("0.75", "1.0"))).isEmpty();
        assertThat(fields(GOOD.replace("0.75", "0"))).containsExactly("remindShare");
        assertThat(fields(GOOD.replace("0.75", "'0.5'"))).containsExactly("remindShare");
        assertThat(fields(GOOD.replace("'deadlineDays': 365", "'deadlineDays': 366"))).containsExactly("severities[0].deadlineDays");
        assertThat(fields(GOOD.replace("'deadlineDays': 365", "'deadlineDays': 2.5"))).containsExactly("severities[0].deadlineDays");
        assertThat(fields(GOOD.replace("'superviseAfterDays': 0", "'superviseAfterDays': -1"))).containsExactly("superviseAfterDays");
        assertThat(fields(GOOD.replace("road_damage", "ro"))).containsExactly("code");
        assertThat(fields(GOOD.replace("road_damage", "road_damage_2"))).containsExactly("code");
        assertThat(fields(GOOD.replace("'urgent'", "'general'"))).containsExactly("severities[1].code");
        assertThat(fields("[1, 2]")).containsExactly("body");
    }

    private static java.util.List<String> fields(String body) {
        return CaseTypeForm.forNew(json(body)).problems().stream().map(FieldProblem::field).toList();
    }
}
