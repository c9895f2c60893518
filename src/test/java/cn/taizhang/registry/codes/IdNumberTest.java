package cn.taizhang.registry.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643's check character, birth date and province, each refusal named. */
class IdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theStandardsExampleAndAKailiNumberAreValid() {
        assertThat(IdNumber.check("11010519491231002x", TODAY).valid()).isTrue();
        assertThat(IdNumber.check("11010519491231002x", TODAY).code()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.check("522601199003071239", TODAY).valid()).isTrue();
    }

    @Test
    void aCountyNotInForceIsOnlyAWarning() {
        String kaili = IdNumber.of("522601", LocalDate.of(1990, 3, 7), 123);
        assertThat(IdNumber.check(kaili, TODAY).warnings()).isEmpty();
        // 110199 is no county, 522600 the prefecture itself (older numbers carry such): valid, warned about
        for (String gone : new String[] {"110199", "522600"}) {
            CodeCheck c = IdNumber.check(IdNumber.of(gone, LocalDate.of(1960, 5, 1), 17), TODAY);
            assertThat(c.valid()).as(gone).isTrue();
            assertThat(c.warnings()).as(gone).singleElement().asString().contains(gone).contains("GB/T 2260");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "522601199003071238, CHECK_CHARACTER, 第 18 位应为“9”",
            "52260119900307123, LENGTH, 实为 17 位",
            "5226011990030712A9, CHARACTER, 前 17 位应为数字",
            "992601199003071239, DIVISION, “99”",
            "522601199002301239, BIRTH_DATE, 19900230 不存在",
            "522601203001011239, BIRTH_DATE, 2030-01-01 不可能"})
    void eachFaultIsRefusedByName(String id, String code, String reason) {
        CodeCheck c = IdNumber.check(id, TODAY);
        assertThat(c.problem()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.reason()).contains(reason);
        });
    }
}
