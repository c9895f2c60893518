package cn.taizhang.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ProblemResponses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A refused import answers 400 problem+json with code IMPORT_REJECTED and errors of exactly row, column, code, detail. */
class ImportRejectedTest {

    /** As Spring MVC writes problem+json. */
    static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    @Test
    void theAnswerListsEachErrorWithItsRowAndColumn() {
        List<ImportError> errors = List.of(
                ImportError.at(2, "统一社会信用代码", "INVALID_CODE", "校验码不正确"),
                ImportError.at(5, "企业名称", "REQUIRED", "不能为空"),
                ImportError.ofRow(7, "DUPLICATE_ROW", "与第 3 行重复"));
        Problem rejected = new ImportRejected(errors);

        assertThat(rejected.getMessage()).isEqualTo("导入文件有 3 处错误，未写入任何数据");
        assertThat(ProblemResponses.status(rejected)).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode json = JSON.readTree(JSON.writeValueAsString(ProblemResponses.body(rejected, "/api/v1/registry/enterprises/imports")));

        assertThat(json.get("status").asInt()).isEqualTo(400);
        assertThat(json.get("code").asString()).isEqualTo("IMPORT_REJECTED");
        assertThat(json.get("detail").asString()).isEqualTo("导入文件有 3 处错误，未写入任何数据");
        assertThat(json.get("errors")).hasSize(3);
        for (JsonNode error : json.get("errors")) {
            assertThat(error.propertyNames()).containsExactly("row", "column", "code", "detail");
        }
        assertThat(json.get("errors").get(1).get("row").asInt()).isEqualTo(5);
        assertThat(json.get("errors").get(1).get("column").asString()).isEqualTo("企业名称");
        assertThat(json.get("errors").get(1).get("code").asString()).isEqualTo("REQUIRED");
        assertThat(json.get("errors").get(1).get("detail").asString()).isEqualTo("第 5 行“企业名称”：不能为空");
        assertThat(json.get("errors").get(2).get("column").isNull()).isTrue();
    }

    @Test
    void aLongListIsCutInTheAnswerButKeptWhole() {
        List<ImportError> errors = new ArrayList<>();
        for (int row = 2; row < 2 + 2_500; row++) {
            errors.add(ImportError.at(row, "企业名称", "REQUIRED", "不能为空"));
        }
        ImportRejected rejected = new ImportRejected(errors);

        assertThat(rejected.getMessage()).contains("2500 处错误").contains("前 1000 处");
        assertThat(rejected.importErrors()).hasSize(2_500);
        assertThat(JSON.readTree(JSON.writeValueAsString(ProblemResponses.body(rejected, "/api/x"))).get("errors")).hasSize(ImportRejected.LISTED);
        assertThat(new ImportRejected("企业导入被拒绝：2 处错误", errors.subList(0, 2)).getMessage()).isEqualTo("企业导入被拒绝：2 处错误");
    }
}
