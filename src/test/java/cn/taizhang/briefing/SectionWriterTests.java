package cn.taizhang.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.Counts;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionWriterTests {

    static final String LEAD = "今年以来，全市";

    /** reported, rejected, closed, open, overdue, supervised: the rest follow. */
    static Counts c(long reported, long rejected, long closed, long open, long overdue, long supervised) {
        return new Counts(reported, reported - rejected, rejected, reported - rejected, 0, closed, closed, closed, open, overdue, 0,
                0, 0, supervised);
    }

    @Test
    void enterpriseRequestsReadLikeTheSeed() {
        assertThat(SectionWriter.enterprise(LEAD, c(430, 0, 324, 106, 0, 0)))
                .isEqualTo("今年以来，全市共收集企业困难和问题430个，协调解决324个，剩余106个正在积极推进中。");
        assertThat(SectionWriter.enterprise(LEAD, c(12, 2, 10, 0, 0, 0)))
                .isEqualTo("今年以来，全市共收集企业困难和问题10个，已全部协调解决；另不予受理2个。");
        assertThat(SectionWriter.enterprise(LEAD, c(5, 0, 0, 5, 1, 0)))
                .isEqualTo("今年以来，全市共收集企业困难和问题5个，正在积极推进中，其中超期1个。");
    }

    @Test
    void environmentProblemsListTheirTypesWhenThereAreSeveral() {
        Counts sanitation = c(20, 0, 19, 1, 1, 0);
        Counts buildings = c(5, 1, 2, 2, 0, 1);
        String text = SectionWriter.environment(LEAD, sanitation.plus(buildings), List.of(new SectionWriter.Part("市容环境卫生", sanitation),
                new SectionWriter.Part("两违（违法建设、违法用地）", buildings), new SectionWriter.Part("背街小巷“蜘蛛网”", Counts.ZERO)));
        assertThat(text).isEqualTo("今年以来，全市共排查城乡环境问题24个（其中市容环境卫生20个、两违4个），已整治21个，整治率87.5%，另不予立案1个；"
                + "尚未整治3个，其中超期1个；挂牌督办1个。");
        assertThat(SectionWriter.environment(LEAD, sanitation, List.of(new SectionWriter.Part("市容环境卫生", sanitation))))
                .startsWith("今年以来，全市共排查城乡环境问题20个，已整治19个，整治率95.0%；");
    }

    @Test
    void keyPersonsAreFollowedInAClosedLoop() {
        assertThat(SectionWriter.epidemic(LEAD, c(50, 2, 40, 8, 0, 0)))
                .isEqualTo("今年以来，全市共排查疫情防控重点人员48人，已完成闭环管理40人，正在闭环管控8人；另经核查排除2人。");
        assertThat(SectionWriter.epidemic(LEAD, c(3, 0, 3, 0, 0, 0))).isEqualTo("今年以来，全市共排查疫情防控重点人员3人，均已完成闭环管理。");
        assertThat(SectionWriter.epidemic(LEAD, c(1, 1, 0, 0, 0, 0))).isEqualTo("今年以来，全市共上报疫情防控重点人员1人，经核查均已排除。");
    }
}
