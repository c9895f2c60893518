package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People read names: every account of the demo has a Chinese name, every unit a Chinese title. */
class KailiOrganisationTest {

    static final List<String> GRIDS = List.of(DemoSignIns.GRID_WORKER_GRID, "522601002002002", "522601100001001");

    @Test
    void everyAccountHasAChineseName() {
        List<KailiOrganisation.StaffSpec> staff = new KailiOrganisation().staff(KailiObservationsTest.TOWNS, GRIDS);
        assertThat(staff).hasSizeGreaterThan(DemoSignIns.ALL.size() + KailiOrganisation.DEPARTMENTS.size() * 4);
        assertThat(staff).allSatisfy(s -> assertThat(s.name()).as(s.username()).matches("\\p{IsHan}{2,3}"));
        assertThat(staff.stream().map(KailiOrganisation.StaffSpec::username)).doesNotHaveDuplicates()
                .containsAll(DemoSignIns.ALL.stream().map(DemoSignIns.SignIn::username).toList())
                .contains(KailiOrganisation.townLeader("522601002"));
    }

    @Test
    void everyUnitHasAChineseTitle() {
        assertThat(KailiOrganisation.departments(KailiObservationsTest.TOWNS))
                .allSatisfy(d -> assertThat(d.name()).as(d.code()).matches("[\\p{IsHan}]+"));
    }
}
