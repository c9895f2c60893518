package cn.taizhang.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PasswordPolicyTests {

    private static final Argon2PasswordEncoder ARGON2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final PasswordPolicy policy = new PasswordPolicy(ARGON2::matches);

    private List<String> codes(String username, String password) {
        return policy.check(username, password, List.of()).stream().map(PasswordPolicy.Violation::code).toList();
    }

    @Test
    void acceptsLongPasswordsWithThreeKindsOfCharacters() {
        assertThat(policy.check("demo-leader", "Kaili@2026", List.of())).isEmpty();
        assertThat(policy.check("zhang-san", "Qiandongnan#88", List.of())).isEmpty();
        assertThat(policy.check("zhang-san", "miaoling2026x!", List.of())).as("lower case, digits, symbols").isEmpty();
    }

    @Test
    void refusesWhatTheIssueFoundAccepted() {
        assertThat(codes("li-si", "12345678")).contains("TOO_SHORT", "INSUFFICIENT_CHARACTERISTICS", "ILLEGAL_WORD");
        assertThat(codes("li-si", "password")).contains("TOO_SHORT", "INSUFFICIENT_CHARACTERISTICS", "ILLEGAL_WORD");
        assertThat(codes("li-si", "Password1")).as("a common password, whatever its case").contains("ILLEGAL_WORD");
        assertThat(codes("wangwu2026", "wangwu2026")).contains("ILLEGAL_USERNAME");
    }

    @Test
    void refusesCommonPasswordsThatMeetTheCharacterRules() {
        assertThat(codes("li-si", "P@ssw0rd123")).containsExactly("ILLEGAL_WORD");
        assertThat(codes("li-si", "Admin@1234")).containsExactly("ILLEGAL_WORD");
        assertThat(codes("li-si", "Woaini1314")).containsExactly("ILLEGAL_WORD");
        assertThat(codes("li-si", "Aa123456")).contains("ILLEGAL_WORD");
    }

    @Test
    void refusesTheUsernameForwardsAndBackwardsIgnoringCase() {
        assertThat(codes("kaili-gw7", "Kaili-GW7#2026")).containsExactly("ILLEGAL_USERNAME");
        assertThat(codes("kaili-gw7", "7wg-iliak#2026X")).containsExactly("ILLEGAL_USERNAME_REVERSED");
    }

    @Test
    void refusesEachOfTheLastFivePasswordsButNotTheSixth() {
        List<String> used = List.of("Qingshui#2021", "Qingshui#2022", "Qingshui#2023", "Qingshui#2024", "Qingshui#2025", "Qingshui#2026");
        List<String> newestFirst = new ArrayList<>();
        for (String password : used) {
            newestFirst.add(0, ARGON2.encode(password));
        }
        for (String recent : used.subList(1, 6)) {
            assertThat(policy.check("li-si", recent, newestFirst).stream().map(PasswordPolicy.Violation::code).toList())
                    .as(recent).containsExactly("HISTORY_VIOLATION");
        }
        assertThat(policy.check("li-si", "Qingshui#2021", newestFirst)).as("six changes ago").isEmpty();
        assertThat(policy.check("li-si", "Qingshui#2026", newestFirst.subList(0, 2))).extracting(PasswordPolicy.Violation::detail)
                .containsExactly("密码不能与最近 5 次用过的密码相同");
    }

    @Test
    void namesEveryBrokenRuleInChinese() {
        assertThat(policy.check("li-si", "abc123", List.of())).extracting(PasswordPolicy.Violation::detail)
                .containsExactly("密码至少 10 位", "密码须包含大写字母、小写字母、数字、符号中的至少 3 类，现在只有 2 类", "密码过于常见，容易被猜中");
    }

    @Test
    void temporaryPasswordsMeetThePolicy() {
        for (int i = 0; i < 20; i++) {
            assertThat(policy.check("li-si", PasswordPolicy.temporaryPassword(), List.of())).isEmpty();
        }
    }
}
