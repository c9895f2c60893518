package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.registry.codes.IdNumber;
import cn.taizhang.registry.codes.PhoneNumber;
import cn.taizhang.registry.person.BulkPerson;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's persons registry, read through the API: every category filled, key persons mostly 在管 with some 已解除
 * and a few 脱管, the talents in 炉碧经济开发区, the relocated in the resettlement areas; the numbers are valid, stored
 * encrypted and found by a lookup; the generator is deterministic. (Tests add persons of their own, so the counts here
 * are bounds, not the generator's exact figures.)
 */
@IntegrationTest
class KailiPersonsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode json(String user, String path) throws Exception {
        var r = mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + " " + r.getContentAsString()).isEqualTo(200);
        return JsonMapper.shared().readTree(r.getContentAsString());
    }

    @Test
    void everyCategoryIsFilledAndTheKeyPersonsAreMostlyFollowedWithSomeReleasedAndAFewLost() throws Exception {
        JsonNode city = json("demo-leader", "/api/v1/stats/registries?area=522601").get("persons");
        assertThat(city.get("registered").asLong()).isGreaterThan(3000);
        Set<String> seeded = Set.of("epidemic", "community_correction", "mental_disorder", "drug", "petition", "talent", "relocated",
                "elderly_alone", "other"); // tests add categories of their own
        city.get("byCategory").valueStream().filter(c -> seeded.contains(c.get("code").asString()))
                .forEach(c -> assertThat(c.get("registered").asLong()).as(c.get("code").asString()).isPositive());
        assertThat(city.get("byCategory").valueStream().map(c -> c.get("code").asString())).containsAll(seeded);
        city.get("byCategory").valueStream().filter(c -> c.get("keyPerson").asBoolean()).forEach(c -> {
            assertThat(c.get("inCare").asLong()).as(c.get("code").asString()).isGreaterThan(c.get("released").asLong() + c.get("lost").asLong());
        });
        long key = city.get("keyPersons").asLong();
        assertThat(city.get("inCare").asLong()).isGreaterThan(key * 3 / 4);
        assertThat(city.get("released").asLong()).isBetween(key / 20, key / 4);
        assertThat(city.get("lost").asLong()).isBetween(5L, key / 10);
        assertThat(json("demo-leader", "/api/v1/persons?followUp=lost&size=1").get("total").asLong()).isEqualTo(city.get("lost").asLong());
    }

    @Test
    void theTalentsAreMostlyInLubiAndTheRelocatedAllInTheResettlementAreas() throws Exception {
        long talents = json("demo-leader", "/api/v1/stats/registries?area=522601").get("persons").get("talents").asLong();
        long inLubi = json("demo-leader", "/api/v1/stats/registries?area=522601&zone=LUBI-EDZ").get("persons").get("talents").asLong();
        assertThat(inLubi).isGreaterThanOrEqualTo(KailiPersons.TALENTS - KailiPersons.TALENTS_ELSEWHERE).isGreaterThan(talents * 3 / 4);
        JsonNode relocated = json("demo-leader", "/api/v1/persons?category=relocated&size=200").get("items");
        Set<String> resettlementAreas = new HashSet<>(jdbc.queryForList("""
                SELECT m.area_code FROM overlay_member m JOIN overlay o ON o.code = m.overlay_code WHERE o.kind = 'resettlement_area'""", String.class));
        assertThat(relocated.size()).isEqualTo(200);
        relocated.forEach(p -> assertThat(resettlementAreas).as(p.get("gridCode").asString()).contains(p.get("gridCode").asString().substring(0, 12)));
        JsonNode talent = json("demo-leader", "/api/v1/persons?category=talent&size=1").get("items").get(0);
        assertThat(talent.get("notes").asString()).startsWith("炉碧工业园区人才数据库");
    }

    @Test
    void theNumbersAreValidEncryptedAndFoundByALookup() throws Exception {
        JsonNode some = json("demo-leader", "/api/v1/persons?category=drug&size=20").get("items");
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        for (JsonNode p : some) {
            long id = p.get("id").asLong();
            assertThat(p.get("idNumber").asString()).matches("522601\\*{8}[0-9]{3}[0-9X]");
            assertThat(p.get("name").asString()).doesNotContain("*");
            String plain = json("demo-leader", "/api/v1/persons/" + id + "/id-number?reason=" + "演示数据核对").get("idNumber").asString();
            assertThat(IdNumber.check(plain, today).valid()).as(plain).isTrue();
            assertThat(plain).startsWith("522601");
            JsonNode found = json("demo-leader", "/api/v1/persons?idNumber=" + plain).get("items");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("id").asLong()).isEqualTo(id);
            if (p.get("phone").isString()) {
                assertThat(PhoneNumber.check(json("demo-leader", "/api/v1/persons/" + id + "/phone?reason=演示数据核对").get("phone").asString())
                        .valid()).isTrue();
            }
        }
        JsonNode masked = json("demo-gridworker", "/api/v1/persons?keyPerson=true&size=5").get("items");
        masked.forEach(p -> assertThat(p.get("name").asString()).endsWith("**"));
    }

    @Test
    void theGeneratorIsDeterministicAndItsNumbersUnique() {
        List<String> grids = List.of("522601002002001", "522601002002002", "522601010001001", "522601003001001");
        LocalDate day = LocalDate.of(2026, 3, 1);
        List<BulkPerson> once = KailiPersons.registry(grids, List.of(grids.get(2)), List.of(grids.get(3)), day);
        List<BulkPerson> twice = KailiPersons.registry(grids, List.of(grids.get(2)), List.of(grids.get(3)), day);
        assertThat(once).isEqualTo(twice);
        assertThat(once.stream().map(BulkPerson::idNumber).distinct()).hasSize(once.size());
        assertThat(once).allMatch(p -> IdNumber.check(p.idNumber(), day).valid());
        assertThat(once).allMatch(p -> p.phone() == null || PhoneNumber.check(p.phone()).valid());
        assertThat(once).filteredOn(p -> p.category().equals("relocated")).allMatch(p -> p.gridCode().equals(grids.get(3)));
        assertThat(once).filteredOn(p -> p.followUp() != null).allMatch(p -> Set.of("epidemic", "community_correction", "mental_disorder",
                "drug", "petition").contains(p.category()));
    }
}
