package cn.taizhang.inspection.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's year of internet-café rounds: a tenth of the seed's 1,900, by its "五老" monitors, of the cafés of their areas. */
@IntegrationTest
class PatrolDemoTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoHasAYearOfInternetCafeRoundsByItsMonitors() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM patrol WHERE request_hash = 'bulk'", Integer.class)).isEqualTo(190);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM patrol p JOIN patrol_place pp ON pp.patrol_id = p.id JOIN place c ON c.id = pp.place_id
                WHERE p.request_hash = 'bulk' AND (c.type_code <> 'internet_cafe' OR c.area_code <> p.grid_code)
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM patrol p JOIN patrol_volunteer_on o ON o.patrol_id = p.id JOIN patrol_volunteer v ON v.id = o.volunteer_id
                WHERE p.request_hash = 'bulk' AND (v.kind <> 'wulao_internet_cafe' OR p.grid_code NOT LIKE v.area_code || '%')
                """, Integer.class)).isZero();
        List<String> areas = jdbc.queryForList("SELECT DISTINCT left(grid_code, 12) FROM patrol WHERE request_hash = 'bulk' ORDER BY 1", String.class);
        System.out.println("PatrolDemoTests: rounds in " + areas);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM patrol_volunteer WHERE phone_masked LIKE '%****%' AND phone_encrypted IS NOT NULL",
                Integer.class)).isGreaterThanOrEqualTo(10);
    }
}
