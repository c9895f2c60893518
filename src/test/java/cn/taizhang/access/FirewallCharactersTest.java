package cn.taizhang.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The firewall's character rules decide as Spring Security's own regular expressions do, for every code point. */
class FirewallCharactersTest {

    // StrictHttpFirewall's defaults (spring-security-web 7.1)
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsByTheDefaultPatterns() {
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT).forEach(cp -> {
            String s = "Bearer " + Character.toString(cp) + "x";
            assertThat(FirewallCharacters.nameAllowed(s)).as("name U+%04X", cp).isEqualTo(NAME.matcher(s).matches());
            assertThat(FirewallCharacters.headerValueAllowed(s)).as("value U+%04X", cp).isEqualTo(HEADER_VALUE.matcher(s).matches());
        });
    }

    @Test
    void ordinaryHeadersPassAndControlCharactersDoNot() {
        assertThat(FirewallCharacters.headerValueAllowed("Bearer 3f9c2a-令牌\t")).isTrue();
        assertThat(FirewallCharacters.headerValueAllowed("")).isTrue();
        assertThat(FirewallCharacters.headerValueAllowed("a\r\nSet-Cookie: x")).isFalse();
        assertThat(FirewallCharacters.nameAllowed("X-Name\t")).isFalse();
        assertThat(FirewallCharacters.nameAllowed("X-\uD83D\uDE00")).isTrue(); // a surrogate pair is one assigned code point
        assertThat(FirewallCharacters.headerValueAllowed("\uD83D")).isEqualTo(HEADER_VALUE.matcher("\uD83D").matches());
    }
}
