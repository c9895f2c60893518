package cn.taizhang.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The roll-up's sentence as the newspaper writes it, without Spring. */
class ProjectSentenceTest {

    static final ProjectSentence.Wording BACK_ALLEYS = new ProjectSentence.Wording("改造背街小巷", "条", "道路总长");

    @Test
    void aYearsCompletedBackAlleysReadAsTheNewspaperWroteThem() {
        String s = ProjectSentence.of(BACK_ALLEYS, new ProjectSentence.Figures(2021, ProjectStatus.COMPLETED, 31, 6370, 25106,
                new BigDecimal("7835.00"), BigDecimal.ZERO, new BigDecimal("1643.50")));
        assertThat(s).isEqualTo("2021年改造背街小巷31条，涉及6370户，受益25106人，道路总长7835米，总投资约1643.5万元");
    }

    @Test
    void plannedOnesArePlannedAndThoseUnderConstructionAreUnderWay() {
        assertThat(ProjectSentence.of(BACK_ALLEYS, new ProjectSentence.Figures(2022, ProjectStatus.PLANNED, 40, 0, 0, null, null, null)))
                .isEqualTo("2022年计划改造背街小巷40条");
        assertThat(ProjectSentence.of(BACK_ALLEYS, new ProjectSentence.Figures(2022, ProjectStatus.PLANNED, 40, 8000, 0, null, null,
                new BigDecimal("2100")))).isEqualTo("2022年计划改造背街小巷40条，涉及8000户，计划总投资约2100万元");
        assertThat(ProjectSentence.of(BACK_ALLEYS, new ProjectSentence.Figures(2022, ProjectStatus.UNDER_CONSTRUCTION, 12, 0, 3000,
                null, null, null))).isEqualTo("2022年正在改造背街小巷12条，受益3000人");
    }

    @Test
    void otherKindsCountInTheirOwnUnitAndLargeSumsInYi() {
        ProjectSentence.Wording fitness = new ProjectSentence.Wording("建设全民健身示范点", "个", "总长");
        assertThat(ProjectSentence.of(fitness, new ProjectSentence.Figures(2023, ProjectStatus.COMPLETED, 5, 0, 12000, null,
                new BigDecimal("2400.50"), new BigDecimal("12345"))))
                .isEqualTo("2023年建设全民健身示范点5个，受益12000人，总面积2400.5平方米，总投资约1.23亿元");
    }

    @Test
    void aKindsPhraseReadsItsVerbFirst() {
        assertThat(ProjectSentence.phraseOf("背街小巷改造")).isEqualTo("改造背街小巷");
        assertThat(ProjectSentence.phraseOf("道路建设")).isEqualTo("建设道路");
        assertThat(ProjectSentence.phraseOf("安置区配套")).isEqualTo("实施安置区配套项目");
        assertThat(ProjectSentence.phraseOf("建设")).isEqualTo("实施建设项目");
    }

    @Test
    void aBriefingsParagraphJoinsTheSentencesAfterTheAreasName() {
        assertThat(ProjectSentence.paragraph("凯里市", java.util.List.of("2021年改造背街小巷31条", "2021年建设全民健身示范点15个")))
                .isEqualTo("凯里市2021年改造背街小巷31条；2021年建设全民健身示范点15个。");
    }
}
