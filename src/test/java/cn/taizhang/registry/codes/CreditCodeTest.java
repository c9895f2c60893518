package cn.taizhang.registry.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015's check character, GB 11714's inside it, and a refusal that says what is wrong. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", " 91350100m000100y43 "})
    void aValidCodeIsStoredInUpperCaseWithoutWarnings(String code) {
        CodeCheck c = CreditCode.check(code);
        assertThat(c.valid()).isTrue();
        assertThat(c.code()).isEqualTo(code.strip().toUpperCase());
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheOneExpected() {
        CodeCheck c = CreditCode.check("91350100M000100Y44");
        assertThat(c.problem()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("CHECK_CHARACTER");
            assertThat(p.reason()).contains("第 18 位应为“3”", "实为“4”");
        });
    }

    @Test
    void lengthCharactersAndDivisionAreRefusedByName() {
        assertThat(CreditCode.check("91350100M000100Y4").problem().orElseThrow().code()).isEqualTo("LENGTH");
        assertThat(CreditCode.check(null).problem().orElseThrow().reason()).contains("实为 0 位");
        CodeCheck letterI = CreditCode.check("91350100M0001I0Y43");
        assertThat(letterI.problem().orElseThrow().code()).isEqualTo("CHARACTER");
        assertThat(letterI.problem().orElseThrow().reason()).contains("第 14 位“I”");
        String division = "9135A100M000100Y4";
        assertThat(CreditCode.check(division + CreditCode.checkCharacter(division + "0")).problem().orElseThrow().code()).isEqualTo("DIVISION");
    }

    @Test
    void anOrganisationCodeWithItsOwnCheckWrongIsOnlyAWarning() {
        String first17 = "91350100M000100Y5"; // GB 11714 wants 4 after M000100Y
        CodeCheck c = CreditCode.check(first17 + CreditCode.checkCharacter(first17 + "0"));
        assertThat(c.valid()).isTrue();
        assertThat(c.warnings()).singleElement().asString().contains("校验位应为“4”", "实为“5”");
    }

    @Test
    void theOrganisationCheckOfGb11714() {
        assertThat(CreditCode.organisationCheckCharacter("M000100Y")).isEqualTo('4');
        assertThat(CreditCode.organisationCheckCharacter("60003734")).isEqualTo('1');
    }
}
