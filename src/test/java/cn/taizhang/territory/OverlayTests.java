package cn.taizhang.territory;

import static cn.taizhang.territory.Callers.caller;
import static cn.taizhang.territory.Fixtures.divisions;
import static cn.taizhang.territory.Fixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.platform.Scope;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Development zones and resettlement areas over the fictional county 522695. */
@IntegrationTest
class OverlayTests {

    static final String ZONE = "t522695-zone";

    @Autowired
    TerritoryImport imports;

    @Autowired
    Territory territory;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void defineTheZone() {
        assertThat(imports.importDivisions(stream(divisions(
                "522695000000,,叠加县,county,,,",
                "522695001000,522695000000,园区街道,town,,,",
                "522695001001,522695001000,园区社区居委会,village,111,,",
                "522695101000,522695000000,外镇,town,,,",
                "522695101200,522695101000,园区村委会,village,220,,",
                "522695101201,522695101000,远村村委会,village,220,,"))).imported()).isTrue();
        ImportReport report = imports.defineOverlay(ZONE, "试验高新区", OverlayKind.DEVELOPMENT_ZONE,
                List.of("522695001", "522695101200"));
        assertThat(report.errors()).isEmpty();
        assertThat(report.count()).isEqualTo(2);
    }

    @Test
    void anOverlayListsTheMembersInsideTheCallersScope() throws Exception {
        mvc.perform(get("/api/v1/overlays").with(caller("522695", "LEADER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == '" + ZONE + "')].kind").value(contains("development_zone")))
                .andExpect(jsonPath("$.items[?(@.code == '" + ZONE + "')].members[*].code")
                        .value(contains("522695001", "522695101200")));
        mvc.perform(get("/api/v1/overlays/" + ZONE).with(caller("522695101", "LEADER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("试验高新区"))
                .andExpect(jsonPath("$.members[*].code").value(contains("522695101200")))
                .andExpect(jsonPath("$.members[0].kind").value("村"));
    }

    @Test
    void anOverlayWithNoMemberInTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/overlays/" + ZONE).with(caller("522695101201", "GRID_WORKER")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/v1/overlays").with(caller("522695101201", "GRID_WORKER")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/overlays/no-such-zone").with(caller("522695", "LEADER"))).andExpect(status().isNotFound());
    }

    @Test
    void redefiningReplacesTheMembers() {
        String code = "t522695-resettlement";
        assertThat(imports.defineOverlay(code, "试验安置区", OverlayKind.RESETTLEMENT_AREA,
                List.of("522695001001", "522695101201")).imported()).isTrue();
        assertThat(imports.defineOverlay(code, "试验安置区", OverlayKind.RESETTLEMENT_AREA,
                List.of("522695101201")).imported()).isTrue();
        assertThat(territory.overlay(code, Scope.area("522695")).orElseThrow().members())
                .extracting(Area::code).containsExactly("522695101201");
    }

    @Test
    void aBadDefinitionIsRejectedWithEveryProblemAndWritesNothing() {
        ImportReport report = imports.defineOverlay("bad code!", " ", null,
                List.of("522695001", "52269500", "522695199", "522695001"));
        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportError::index, ImportError::code).containsExactly(
                tuple(null, "BAD_CODE"), tuple(null, "MISSING_NAME"), tuple(null, "MISSING_KIND"),
                tuple(1, "MALFORMED_CODE"), tuple(2, "UNKNOWN_AREA"), tuple(3, "DUPLICATE_CODE"));
        assertThat(report.errors().get(4).detail()).isEqualTo("第3个成员：成员 522695199 不在系统中");
        assertThat(territory.overlay("bad code!", Scope.area("5226"))).isEmpty();
    }
}
