package cn.taizhang.briefing;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.cases.Counts;
import cn.taizhang.figures.Percent;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A briefing over every type has a section per kind of matter with data, each with exactly the figures the
 * statistics API gives for its types, in 湾水镇, which it owns ({@link OwnedArea}).
 */
@IntegrationTest
class BriefingSectionsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOWN = OwnedArea.BRIEFING_SECTIONS.code(BriefingSectionsTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseDriver cases;

    @BeforeEach
    void setUp() {
        cases = new CaseDriver(mvc, jdbc, TOWN);
    }

    @Test
    void everySectionHasTheFiguresOfItsTypesSummaries() throws Exception {
        String hazards = cases.grid(0);
        String others = cases.grid(1);
        long fixed = cases.report("safety_hazard", hazards);
        cases.dispatch(fixed);
        cases.close(fixed);
        cases.report("safety_hazard", hazards);
        long clean = cases.report("city_sanitation", others);
        cases.dispatch(clean);
        cases.close(clean);
        cases.report("illegal_building", others);
        long solved = cases.report("enterprise_request", others);
        cases.dispatch(solved);
        cases.close(solved);
        cases.dispatch(cases.report("enterprise_request", others));
        cases.dispatch(cases.report("epidemic_key_person", others));
        cases.reject(cases.report("epidemic_key_person", others));

        JsonNode briefing = json("/api/v1/briefings?area=" + TOWN);
        Map<String, List<String>> expected = Map.of("一、总体情况", List.of(), "二、安全生产", List.of("safety_hazard"),
                "三、城乡环境", List.of("city_sanitation", "illegal_building", "overhead_cables"),
                "四、企业诉求", List.of("enterprise_request"), "五、疫情防控重点人员", List.of("epidemic_key_person"));
        List<String> headings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (JsonNode section : briefing.get("sections")) {
            String heading = section.get("heading").asString();
            if (!expected.containsKey(heading)) { // the registries' sections, which follow the cases'
                continue;
            }
            headings.add(heading);
            text.append(text.isEmpty() ? "" : "\n").append(heading).append('\n').append(section.get("text").asString());
            List<String> types = expected.get(heading);
            // the seeded types of the category, then any a test has added under it since (none has a case here)
            assertThat(section.get("types").valueStream().map(JsonNode::asString).toList()).as(heading).startsWith(types.toArray(String[]::new));
            Counts summed = summed(types);
            assertThat(counts(section.get("counts"))).as(heading).isEqualTo(summed);
            assertThat(section.get("text").asString()).as(heading).contains(figures(heading, summed));
        }
        assertThat(headings).containsExactly("一、总体情况", "二、安全生产", "三、城乡环境", "四、企业诉求", "五、疫情防控重点人员");
        assertThat(briefing.get("text").asString()).startsWith(text.toString());
        assertThat(briefing.get("title").asString()).startsWith("湾水镇网格化服务管理工作简报（");

        // the grid with hazards only: the sections without data are left out
        JsonNode grid = json("/api/v1/briefings?area=" + hazards);
        assertThat(grid.get("sections").valueStream().filter(s -> !s.get("types").isEmpty() || s.get("heading").asString().endsWith("总体情况"))
                .map(s -> s.get("heading").asString()).toList()).containsExactly("一、总体情况", "二、安全生产");
        assertThat(grid.get("text").asString()).contains("共排查安全隐患2项，已整改1项，整改率50.0%");
    }

    /** What each section must say, in the seeds' words, from the statistics API's figures. */
    private static String figures(String heading, Counts c) {
        long found = c.reported() - c.rejected();
        return switch (heading) {
            case "一、总体情况" -> "共受理上报事件" + c.reported() + "件，立案" + c.registered() + "件";
            case "二、安全生产" -> "共排查安全隐患" + found + "项，已整改" + c.closed() + "项，整改率" + Percent.of(c.closed(), found);
            case "三、城乡环境" -> "共排查城乡环境问题" + found + "个（其中市容环境卫生1个、两违1个），已整治" + c.closed() + "个，整治率"
                    + Percent.of(c.closed(), found);
            case "四、企业诉求" -> "共收集企业困难和问题" + found + "个，协调解决" + c.closed() + "个，剩余" + c.open() + "个正在积极推进中";
            case "五、疫情防控重点人员" -> "共排查疫情防控重点人员" + found + "人，均在闭环管控中；另经核查排除" + c.rejected() + "人";
            default -> throw new AssertionError(heading);
        };
    }

    /** The summary's counts for each type added up, or for every type when none. */
    private Counts summed(List<String> types) throws Exception {
        if (types.isEmpty()) {
            return counts(json("/api/v1/stats/summary?area=" + TOWN).get("counts"));
        }
        Counts sum = Counts.ZERO;
        for (String type : types) {
            sum = sum.plus(counts(json("/api/v1/stats/summary?area=" + TOWN + "&type=" + type).get("counts")));
        }
        return sum;
    }

    private static Counts counts(JsonNode c) {
        return JSON.treeToValue(c, Counts.class);
    }

    private JsonNode json(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(as(mvc, "demo-leader"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
    }
}
