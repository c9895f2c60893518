package cn.taizhang.registry.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseSentencesTest {

    private static EnterpriseCounts counts(long registered, long active, long deregistered, long lost, long nonPublic, long unions, long members) {
        return new EnterpriseCounts(registered, active, deregistered, lost, nonPublic, unions, members, unions, members, 0, 0, 0, 0, List.of());
    }

    @Test
    void aZoneIsSaidAsTheSeedSaysIt() {
        assertThat(EnterpriseSentences.zone("炉碧经济开发区", counts(130, 130, 0, 0, 130, 84, 4882)))
                .isEqualTo("炉碧经济开发区入驻非公企业130家，已建工会组织企业84家，工会会员4882人。");
    }

    @Test
    void anAreaSaysItsDeregisteredAndLostEnterprisesOnlyWhenItHasSome() {
        assertThat(EnterpriseSentences.area("截至12月6日，大十字街道", counts(10, 10, 0, 0, 9, 4, 120)))
                .isEqualTo("截至12月6日，大十字街道登记在册企业10家；非公企业9家，已建工会组织企业4家，工会会员120人。");
        assertThat(EnterpriseSentences.area("截至12月6日，凯里市", counts(12, 9, 2, 1, 9, 4, 120)))
                .startsWith("截至12月6日，凯里市登记在册企业12家，其中正常经营9家、注销2家、失联1家；");
    }
}
