package cn.taizhang.access.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfSixteenBase32CharactersInGroupsOfFour() {
        List<String> codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(codes).allMatch(c -> RecoveryCodes.looksLikeCode(RecoveryCodes.normalise(c)));
    }

    @Test
    void theHashIgnoresCaseSeparatorsAndSpaces() {
        assertThat(RecoveryCodes.hash(" ABCD-efgh ijkl-MNOP ")).isEqualTo(RecoveryCodes.hash("abcdefghijklmnop"))
                .isEqualTo("f39dac6cbaba535e2c207cd0cd8f154974223c848f727f98b3564cea569b41cf") // sha256sum of abcdefghijklmnop
                .isNotEqualTo(RecoveryCodes.hash("abcdefghijklmnoq"));
    }

    @Test
    void sixDigitsAreNotARecoveryCode() {
        assertThat(RecoveryCodes.looksLikeCode("123456")).isFalse();
    }
}
