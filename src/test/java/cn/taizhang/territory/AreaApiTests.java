package cn.taizhang.territory;

import static cn.taizhang.territory.Callers.caller;
import static cn.taizhang.territory.Fixtures.box;
import static cn.taizhang.territory.Fixtures.collection;
import static cn.taizhang.territory.Fixtures.divisions;
import static cn.taizhang.territory.Fixtures.feature;
import static cn.taizhang.territory.Fixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.IntegrationTest;
import cn.taizhang.territory.geo.ChinaOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The read API over the fictional county 522699 (虚构县). */
@IntegrationTest
class AreaApiTests {

    static final String DIVISIONS = divisions(
            "522699000000,522600000000,虚构县,county,,100.05,40.05",
            "522699001000,522699000000,甲街道,town,,,",
            "522699101000,522699000000,乙镇,town,,,",
            "522699001001,522699001000,一社区居委会,village,111,100.01,40.005",
            "522699001002,522699001000,二社区居委会,village,111,,",
            "522699101200,522699101000,山村村委会,village,220,,");

    // Three grids in a row (100.00-100.03), one above the first, a gap, then a large rural grid.
    static final String GRIDS = collection(
            feature("522699001001001", "一社区第一网格", box(100.00, 40.00, 0.01)),
            feature("522699001001002", "一社区第二网格", box(100.01, 40.00, 0.01)),
            feature("522699001001003", "一社区第三网格", box(100.02, 40.00, 0.01)),
            feature("522699001002001", "二社区第一网格", box(100.00, 40.01, 0.01)),
            feature("522699101200001", "山村网格", box(100.10, 40.00, 0.10)));

    @Autowired
    MockMvc mvc;

    @Autowired
    TerritoryImport imports;

    @BeforeEach
    void loadTheFictionalCounty() {
        assertThat(imports.importDivisions(stream(DIVISIONS)).errors()).isEmpty();
        assertThat(imports.importGrids(stream(GRIDS)).errors()).isEmpty();
    }

    private ResultActions getAs(String scope, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(caller(scope, "LEADER")));
    }

    @Test
    void anAreaAnswersWithItsLevelKindAndChildCount() throws Exception {
        getAs("522699", "/api/v1/areas/522699").andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("522699"))
                .andExpect(jsonPath("$.name").value("虚构县"))
                .andExpect(jsonPath("$.level").value("county"))
                .andExpect(jsonPath("$.parentCode").value(nullValue()))
                .andExpect(jsonPath("$.kind").value("县市"))
                .andExpect(jsonPath("$.lng").value(100.05))
                .andExpect(jsonPath("$.childCount").value(2));
        getAs("522699", "/api/v1/areas/522699101").andExpect(jsonPath("$.kind").value("镇"));
        getAs("522699", "/api/v1/areas/522699101200").andExpect(jsonPath("$.kind").value("村"));
        getAs("522699", "/api/v1/areas/522699001001").andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("village"))
                .andExpect(jsonPath("$.parentCode").value("522699001"))
                .andExpect(jsonPath("$.kind").value("社区"))
                .andExpect(jsonPath("$.childCount").value(3));
        getAs("522699", "/api/v1/areas/522699001001002").andExpect(jsonPath("$.kind").value("网格"))
                .andExpect(jsonPath("$.lng").value(closeTo(100.015, 1e-9))).andExpect(jsonPath("$.lat").value(closeTo(40.005, 1e-9)));
    }

    @Test
    void anythingOutsideTheScopeIsNotFoundLikeAMissingCode() throws Exception {
        String missing = getAs("522699001", "/api/v1/areas/522699199").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND")).andReturn().getResponse().getContentAsString();
        for (String outside : new String[] {"522699", "522699101", "522699101200001"}) { // ancestor, sibling, cousin
            String body = getAs("522699001", "/api/v1/areas/" + outside).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body.replace(outside, "X")).isEqualTo(missing.replace("522699199", "X"));
        }
        getAs("522699001", "/api/v1/areas/522699/children").andExpect(status().isNotFound());
        getAs("522699001", "/api/v1/areas/522699/grids.geojson").andExpect(status().isNotFound());
    }

    @Test
    void aMalformedCodeIsABadRequestNamingTheCode() throws Exception {
        getAs("522699", "/api/v1/areas/52269900").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("实为8位")));
    }

    @Test
    void childrenArePagedInCodeOrder() throws Exception {
        getAs("522699", "/api/v1/areas/522699001001/children").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].code").value(contains("522699001001001", "522699001001002", "522699001001003")));
        getAs("522699", "/api/v1/areas/522699001001/children?page=1&size=2")
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].code").value(contains("522699001001003")));
        getAs("522699", "/api/v1/areas/522699001001/children?page=-1&size=501").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("page", "size")));
    }

    @Test
    void searchFindsNamesAndCodePrefixesInsideTheScope() throws Exception {
        getAs("522699", "/api/v1/areas?q=社区居委会").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].code").value(contains("522699001001", "522699001002")));
        getAs("522699", "/api/v1/areas?q=522699001&size=3")
                .andExpect(jsonPath("$.total").value(7)) // the town, 2 villages, 4 grids
                .andExpect(jsonPath("$.items[*].code").value(contains("522699001", "522699001001", "522699001002")));
        getAs("522699101", "/api/v1/areas?q=社区").andExpect(jsonPath("$.total").value(0));
        getAs("522699101", "/api/v1/areas?q=522699").andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void gridPolygonsComeAsGeoJson() throws Exception {
        getAs("522699", "/api/v1/areas/522699001/grids.geojson").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[*].properties.code")
                        .value(contains("522699001001001", "522699001001002", "522699001001003", "522699001002001")))
                .andExpect(jsonPath("$.features[1].properties.name").value("一社区第二网格"))
                .andExpect(jsonPath("$.features[1].geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.features[1].geometry.coordinates[0][1][0]").value(100.02));
        getAs("522699001002", "/api/v1/areas/522699001002/grids.geojson")
                .andExpect(jsonPath("$.features[*].properties.code").value(contains("522699001002001")));
    }

    @Test
    void locateFindsTheGridAtAPosition() throws Exception {
        getAs("522699", "/api/v1/grids/locate?lat=40.005&lng=100.005").andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("522699001001001"))
                .andExpect(jsonPath("$.level").value("grid"))
                .andExpect(jsonPath("$.name").value("一社区第一网格"));
        getAs("522699", "/api/v1/grids/locate?lat=40.005&lng=100.01") // shared edge: lowest code
                .andExpect(jsonPath("$.code").value("522699001001001"));
        getAs("522699", "/api/v1/grids/locate?lat=40.01&lng=100.01") // vertex of three grids
                .andExpect(jsonPath("$.code").value("522699001001001"));
    }

    @Test
    void locateConvertsChineseMapCoordinates() throws Exception {
        // near the east edge of grid 001: read as WGS-84 the GCJ-02 and BD-09 values would miss it
        double[] gcj = ChinaOffset.wgs84ToGcj02(100.0095, 40.005);
        getAs("522699", "/api/v1/grids/locate?lat={lat}&lng={lng}&crs=gcj02", gcj[1], gcj[0])
                .andExpect(jsonPath("$.code").value("522699001001001"));
        getAs("522699", "/api/v1/grids/locate?lat={lat}&lng={lng}", gcj[1], gcj[0])
                .andExpect(jsonPath("$.code").value("522699001001002"));
        double[] bd = gcj02ToBd09(gcj[0], gcj[1]);
        getAs("522699", "/api/v1/grids/locate?lat={lat}&lng={lng}&crs=BD09", bd[1], bd[0])
                .andExpect(jsonPath("$.code").value("522699001001001"));
    }

    @Test
    void gapsOutsidePointsAndGridsOutsideTheScopeAreNotFound() throws Exception {
        for (String query : new String[] {"lat=40.005&lng=100.05", "lat=0&lng=0", "lat=26.58&lng=-107.97"}) {
            getAs("522699", "/api/v1/grids/locate?" + query).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("GRID_NOT_FOUND"))
                    .andExpect(jsonPath("$.detail").value("在您的管辖范围内，该位置不属于任何网格"));
        }
        getAs("522699001", "/api/v1/grids/locate?lat=40.05&lng=100.15").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("GRID_NOT_FOUND"));
    }

    @Test
    void badPositionsAreBadRequestsNamingTheField() throws Exception {
        getAs("522699", "/api/v1/grids/locate?lat=90.5&lng=100").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("lat")));
        getAs("522699", "/api/v1/grids/locate?lat=40&lng=-180.1&crs=mercator").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("lng", "crs")));
        getAs("522699", "/api/v1/grids/locate?lat=NaN&lng=100").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("lat")));
        getAs("522699", "/api/v1/grids/locate?lng=abc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("lat", "lng")));
        getAs("522699", "/api/v1/areas?q=x&page=abc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("page")));
    }

    // GCJ-02 → BD-09, the published formula (googollee/eviltransform gcj2bd); only tests need this direction
    private static double[] gcj02ToBd09(double lng, double lat) {
        double xPi = Math.PI * 3000.0 / 180.0;
        double z = Math.hypot(lng, lat) + 0.00002 * Math.sin(lat * xPi);
        double theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * xPi);
        return new double[] {z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006};
    }
}
