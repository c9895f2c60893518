package cn.taizhang.access.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 4226 (HOTP) and RFC 6238 (TOTP, the SHA1 column), then what this application adds. */
class TotpTest {

    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 4226 Appendix D. */
    @ParameterizedTest
    @CsvSource({"0,755224", "1,287082", "2,359152", "3,969429", "4,338314", "5,254676", "6,287922", "7,162583", "8,399871", "9,520489"})
    void hotpMatchesRfc4226AppendixD(long counter, String code) {
        assertThat(Totp.hotp(SEED, counter, 6)).isEqualTo(code);
    }

    /** RFC 6238 Appendix B, SHA1, 8 digits. */
    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924", "2000000000,69279037",
            "20000000000,65353130"})
    void totpMatchesRfc6238AppendixB(long unixTime, String code) {
        assertThat(Totp.hotp(SEED, Totp.step(Instant.ofEpochSecond(unixTime)), 8)).isEqualTo(code);
    }

    @Test
    void sixDigitsAreTheLastSixOfTheTruncatedValueWithLeadingZerosKept() {
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void oneStepEitherSideIsAcceptedButNotTwo() {
        long now = Totp.step(Instant.ofEpochSecond(1234567890));
        assertThat(Totp.matchingSteps(SEED, Totp.code(SEED, now - 1), now)).containsExactly(now - 1);
        assertThat(Totp.matchingSteps(SEED, Totp.code(SEED, now), now)).containsExactly(now);
        assertThat(Totp.matchingSteps(SEED, Totp.code(SEED, now + 1), now)).containsExactly(now + 1);
        assertThat(Totp.matchingSteps(SEED, Totp.code(SEED, now - 2), now)).isEmpty();
        assertThat(Totp.matchingSteps(SEED, Totp.code(SEED, now + 2), now)).isEmpty();
    }

    @Test
    void theKeyUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("Taizhang", "demo-auditor", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/Taizhang:demo-auditor?secret=JBSWY3DPEHPK3PXP&issuer=Taizhang");
    }

    @Test
    void newSecretsAre160RandomBits() {
        assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
        assertThat(Base32.encode(Totp.newSecret())).hasSize(32).doesNotContain("=");
    }

    @Test
    void codesAreSixDigits() {
        assertThat(Totp.looksLikeCode("012345")).isTrue();
        assertThat(Totp.looksLikeCode("12345")).isFalse();
        assertThat(Totp.looksLikeCode("12345a")).isFalse();
        assertThat(Totp.looksLikeCode("١٢٣٤٥٦")).as("Arabic-Indic digits").isFalse();
    }
}
