package cn.taizhang.registry.person;

import static cn.taizhang.registry.person.PersonFixtures.keyPerson;
import static cn.taizhang.registry.person.PersonFixtures.newIdNumber;
import static cn.taizhang.registry.person.PersonFixtures.newName;
import static cn.taizhang.registry.person.PersonFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The persons registry's figures: its statistics equal a count of the rows (a 镇街, the city, a development zone), move
 * with a registration, count 脱管; its two dashboard cards; its briefing sentence.
 */
@IntegrationTest
class PersonFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PersonFixtures api;

    @BeforeEach
    void setUp() {
        api = new PersonFixtures(mvc);
    }

    private long rows(String where, Object... args) {
        return jdbc.queryForObject("SELECT count(*) FROM person p JOIN person_category c ON c.code = p.category_code WHERE " + where, Long.class,
                args);
    }

    @Test
    void theFiguresOfATownAndOfTheCityAreCountsOfTheirRows() throws Exception {
        api.created("demo-dispatcher", keyPerson(newName("统"), newIdNumber(), null).put("followUp", "lost"));
        for (String area : List.of("522601002", "522601")) {
            JsonNode f = api.json("demo-leader", "/api/v1/stats/registries?area=" + area).get("persons");
            String inside = "p.area_code LIKE ? || '%'";
            assertThat(f.get("registered").asLong()).as(area).isEqualTo(rows(inside, area));
            assertThat(f.get("keyPersons").asLong()).isEqualTo(rows(inside + " AND c.key_person", area));
            assertThat(f.get("inCare").asLong()).isEqualTo(rows(inside + " AND p.follow_up = 'in_care'", area));
            assertThat(f.get("released").asLong()).isEqualTo(rows(inside + " AND p.follow_up = 'released'", area));
            assertThat(f.get("lost").asLong()).isEqualTo(rows(inside + " AND p.follow_up = 'lost'", area)).isPositive();
            assertThat(f.get("talents").asLong()).isEqualTo(rows(inside + " AND p.category_code = 'talent'", area));
            assertThat(f.get("keyPersons").asLong()).isEqualTo(f.get("inCare").asLong() + f.get("released").asLong() + f.get("lost").asLong());
            JsonNode drug = f.get("byCategory").valueStream().filter(c -> c.get("code").asString().equals("drug")).findFirst().orElseThrow();
            assertThat(drug.get("registered").asLong()).isEqualTo(rows(inside + " AND p.category_code = 'drug'", area));
            assertThat(drug.get("lost").asLong()).isEqualTo(rows(inside + " AND p.category_code = 'drug' AND p.follow_up = 'lost'", area));
            assertThat(f.get("byCategory")).hasSize(jdbc.queryForObject("SELECT count(*) FROM person_category", Integer.class));
        }
    }

    @Test
    void aRegistrationMovesTheFiguresAndADayBeforeItDoesNotCountIt() throws Exception {
        JsonNode before = api.json("demo-dispatcher", "/api/v1/stats/registries").get("persons");
        api.created("demo-gridworker", person(newName("增"), newIdNumber(), null).put("category", "talent"));
        JsonNode after = api.json("demo-dispatcher", "/api/v1/stats/registries").get("persons");
        assertThat(after.get("registered").asLong()).isEqualTo(before.get("registered").asLong() + 1);
        assertThat(after.get("talents").asLong()).isEqualTo(before.get("talents").asLong() + 1);
        JsonNode long_ago = api.json("demo-dispatcher", "/api/v1/stats/registries?date=2020-01-01").get("persons");
        assertThat(long_ago.get("registered").asLong()).isEqualTo(rows("p.area_code LIKE '522601002%' AND p.created_at < '2020-01-02'"));
    }

    @Test
    void aZoneCountsOnlyThePersonsInItsGrids() throws Exception {
        JsonNode f = api.json("demo-leader", "/api/v1/stats/registries?zone=LUBI-EDZ").get("persons");
        long inZone = jdbc.queryForObject("""
                SELECT count(*) FROM person p WHERE p.category_code = 'talent' AND EXISTS (
                    SELECT 1 FROM overlay_member m WHERE m.overlay_code = 'LUBI-EDZ' AND p.area_code LIKE m.area_code || '%')""", Long.class);
        assertThat(f.get("talents").asLong()).isEqualTo(inZone).isPositive();
        assertThat(f.get("registered").asLong()).isLessThan(api.json("demo-leader", "/api/v1/stats/registries").get("persons").get("registered").asLong());
    }

    @Test
    void theDashboardHasTwoCardsAndTheBriefingASentence() throws Exception {
        JsonNode figures = api.json("demo-dispatcher", "/api/v1/stats/figures?area=522601002");
        JsonNode persons = api.json("demo-dispatcher", "/api/v1/stats/registries?area=522601002").get("persons");
        JsonNode inCare = figures.get("figures").valueStream().filter(f -> f.get("key").asString().equals("keyPersonsInCare")).findFirst().orElseThrow();
        JsonNode lost = figures.get("figures").valueStream().filter(f -> f.get("key").asString().equals("keyPersonsLost")).findFirst().orElseThrow();
        assertThat(inCare.get("value").asLong()).isEqualTo(persons.get("inCare").asLong());
        assertThat(lost.get("value").asLong()).isEqualTo(persons.get("lost").asLong());
        assertThat(lost.get("better").asInt()).isEqualTo(-1);
        assertThat(inCare.get("better").asInt()).isZero();
        assertThat(figures.get("figures").valueStream().filter(f -> f.get("key").asString().startsWith("keyPersons"))).hasSize(2);

        JsonNode written = api.json("demo-leader", "/api/v1/briefings?area=522601");
        String briefing = written.toString();
        JsonNode city = api.json("demo-leader", "/api/v1/stats/registries?area=522601&date=" + written.get("to").asString()).get("persons");
        assertThat(briefing).contains("凯里市登记重点人员" + city.get("keyPersons").asLong() + "人，其中在管" + city.get("inCare").asLong() + "人、脱管"
                + city.get("lost").asLong() + "人");
    }

    @Test
    void theSentenceSaysTheFollowUpOnlyWhenThereAreKeyPersons() {
        PersonCounts none = new PersonCounts(3, 0, 0, 0, 0, 0, 0, List.of());
        assertThat(PersonSentences.area("截至12月6日，大十字街道", none)).isEqualTo("截至12月6日，大十字街道登记重点人员0人。");
        PersonCounts some = new PersonCounts(20, 10, 7, 2, 1, 4, 5, List.of());
        assertThat(PersonSentences.area("截至12月6日，凯里市", some))
                .isEqualTo("截至12月6日，凯里市登记重点人员10人，其中在管7人、脱管1人、已解除2人；登记技术人才4人、易地扶贫搬迁群众5人。");
    }
}
