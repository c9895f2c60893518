package cn.taizhang.territory;

import static cn.taizhang.territory.Callers.caller;
import static cn.taizhang.territory.Fixtures.box;
import static cn.taizhang.territory.Fixtures.collection;
import static cn.taizhang.territory.Fixtures.divisions;
import static cn.taizhang.territory.Fixtures.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Uploads through the API, on the fictional county 522698. */
@IntegrationTest
class ImportApiTests {

    static final String DIVISIONS = divisions(
            "522698000000,522600000000,试验县,county,,101.05,41.05",
            "522698001000,522698000000,试验街道,town,,,",
            "522698001001,522698001000,试验社区居委会,village,111,101.01,41.005",
            "522698001002,522698001000,东社区居委会,village,111,,");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private ResultActions upload(String kind, String content) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "upload", "application/octet-stream",
                content.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/api/v1/territory/imports/" + kind).file(file).with(caller("522698", "SYSADMIN")));
    }

    private List<Map<String, Object>> rowsWithVersions() {
        return jdbc.queryForList("SELECT code, name, xmin::text AS version FROM area WHERE code LIKE '522698%' ORDER BY code");
    }

    @Test
    void reimportingTheSameDivisionsChangesNothing() throws Exception {
        upload("divisions", DIVISIONS).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.count").value(4))
                .andExpect(jsonPath("$.errors").value(empty()));
        List<Map<String, Object>> before = rowsWithVersions();
        upload("divisions", DIVISIONS).andExpect(status().isOk()).andExpect(jsonPath("$.count").value(4));
        assertThat(rowsWithVersions()).isEqualTo(before); // same values, and not even rewritten (same xmin)

        upload("divisions", DIVISIONS.replace("东社区居委会", "东城社区居委会")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT name FROM area WHERE code = '522698001002'", String.class)).isEqualTo("东城社区居委会");
        upload("divisions", DIVISIONS).andExpect(status().isOk());
    }

    @Test
    void aDivisionListWithBadRowsIsRejectedWholeWithEveryRowNamed() throws Exception {
        String csv = divisions(
                "522698000000,522600000000,试验县,county,,101.05,41.05",
                "522698002000,522698000000,新街道,town,,,",          // line 3: fine, but must not be written
                "522698002001,522698009000,错挂社区,village,111,,",   // line 4: parent inconsistent with code
                "522698002002,522698002000,,village,111,,",          // line 5: no name
                "522698002002,522698002000,重复社区,village,111,,",   // line 6: duplicate
                "522698002003,522698002000,坏坐标社区,village,111,101,95"); // line 7: latitude out of range
        upload("divisions", csv).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                .andExpect(jsonPath("$.errors[*].line").value(contains(4, 5, 6, 7)))
                .andExpect(jsonPath("$.errors[*].code").value(contains("PARENT_MISMATCH", "MISSING_NAME", "DUPLICATE_CODE", "BAD_COORDINATE")))
                .andExpect(jsonPath("$.errors[1].detail").value("第5行：名称为空"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area WHERE code LIKE '522698002%'", Integer.class)).isZero();
    }

    @Test
    void gridUploadsReplacePolygonsAndTheLookupFollowsAtOnce() throws Exception {
        upload("divisions", DIVISIONS).andExpect(status().isOk());
        upload("grids", collection(feature("522698001001001", "试验网格", box(101.00, 41.00, 0.01))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1));
        locate(41.005, 101.005).andExpect(jsonPath("$.code").value("522698001001001"));

        upload("grids", collection(feature("522698001001001", "试验网格（调整）", box(101.02, 41.00, 0.01))))
                .andExpect(status().isOk());
        locate(41.005, 101.005).andExpect(status().isNotFound());
        locate(41.005, 101.025).andExpect(jsonPath("$.name").value("试验网格（调整）"));

        upload("grids", collection(
                feature("522698001001002", "压盖网格", box(101.025, 41.00, 0.01)),
                feature("522698001002001", "邻村网格", box(101.025, 41.00, 0.01)))) // another village: no conflict
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                .andExpect(jsonPath("$.errors[*].index").value(contains(0)))
                .andExpect(jsonPath("$.errors[0].code").value("OVERLAPS_GRID"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area WHERE code IN ('522698001001002', '522698001002001')",
                Integer.class)).isZero();
    }

    @Test
    void anUploadWithoutAFileNamesTheMissingField() throws Exception {
        mvc.perform(multipart("/api/v1/territory/imports/grids").with(caller("522698", "SYSADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    private ResultActions locate(double lat, double lng) throws Exception {
        return mvc.perform(get("/api/v1/grids/locate?lat={lat}&lng={lng}", lat, lng).with(caller("522698", "GRID_WORKER")));
    }
}
