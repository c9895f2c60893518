package cn.taizhang.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.registry.codes.CodeCheck;
import cn.taizhang.registry.codes.IdNumber;
import cn.taizhang.registry.codes.PhoneNumber;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The persons registry's checks of personal data without Spring: phones, the keyed lookup hash, the masks, the test IDs. */
class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "0855-8221234", "08558221234", "010-62345678", "01062345678", "0855-82212345",
            " 13812345678 "})
    void mobilesAndLandlinesWithTheirAreaCodeAreTaken(String phone) {
        CodeCheck check = PhoneNumber.check(phone);
        assertThat(check.valid()).isTrue();
        assertThat(check.code()).isEqualTo(phone.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12812345678", "10012345678", "1381234567", "138123456789", "+8613812345678", "8613812345678",
            "138 1234 5678", "138-1234-5678", "0855-123", "8221234", "0855-0221234", "0855-1221234", "0855--8221234", "00855-8221234",
            "0855-8221234-801", "电话", "1381234567８"})
    void anythingElseIsRefusedWithoutQuotingIt(String phone) {
        CodeCheck check = PhoneNumber.check(phone);
        assertThat(check.problem()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("FORMAT");
            if (phone.strip().length() >= 10) { // a number, not a word of the reason ("电话") nor a part of its example
                assertThat(p.reason()).doesNotContain(phone.strip());
            }
        });
    }

    @Test
    void theLookupHashIsTheSameForTheSameKeyAndValueAndDiffersForAnotherKeyOrValue() {
        PersonalDataCipher one = PersonalDataCipher.fromBase64Key(randomKey());
        String key = randomKey();
        PersonalDataCipher two = PersonalDataCipher.fromBase64Key(key);
        PersonalDataCipher twoAgain = PersonalDataCipher.fromBase64Key(key);
        String id = PersonFixtures.newIdNumber();
        assertThat(one.lookupHash(id)).isEqualTo(one.lookupHash(id)).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(id);
        assertThat(two.lookupHash(id)).isEqualTo(twoAgain.lookupHash(id));
        assertThat(one.lookupHash(id)).isNotEqualTo(two.lookupHash(id));
        assertThat(one.lookupHash(id)).isNotEqualTo(one.lookupHash(PersonFixtures.newIdNumber()));
        assertThat(one.lookupHash(null)).isNull();
        // a keyed hash, not a plain one: the AES key is not the MAC key either
        assertThat(one.lookupHash(id)).isNotEqualTo(sha256(id));
        // encryption stays randomised: equal values give different ciphertexts, which is why lookups need the hash
        assertThat(one.encrypt(id)).isNotEqualTo(one.encrypt(id));
        assertThat(one.decrypt(one.encrypt(id))).isEqualTo(id);
    }

    @Test
    void masksShowEnoughToRecogniseAndNoMore() {
        assertThat(PersonalDataMasks.idNumber("52260119900307123X")).isEqualTo("522601********123X");
        assertThat(PersonalDataMasks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalDataMasks.name("张三")).isEqualTo("张**");
        assertThat(PersonalDataMasks.name("欧阳娜娜")).isEqualTo("欧**");
        assertThat(PersonalDataMasks.name("𠮷野家")).isEqualTo("𠮷**");
    }

    @Test
    void theTestsIdNumbersAreValidFictitiousNumbersOfKaili() {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 1000; i++) {
            String id = PersonFixtures.newIdNumber();
            assertThat(IdNumber.check(id, today).valid()).as(id).isTrue();
            assertThat(id).startsWith("522601");
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
