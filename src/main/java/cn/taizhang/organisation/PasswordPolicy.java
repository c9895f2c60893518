package cn.taizhang.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.BiPredicate;
import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.HistoryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordGenerator;
import org.passay.PasswordValidator;
import org.passay.PropertiesMessageResolver;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.WhitespaceRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The password rules of GB/T 22239-2019 8.1.4.1, checked by passay: 10-64 characters, three of upper case, lower case,
 * digits and symbols, not containing the username (nor reversed), not a common password, not one of the last
 * {@value #REMEMBERED} passwords. Plain Java: the stored passwords are compared through the given matcher (argon2id).
 */
public final class PasswordPolicy {

    /** How many passwords may not be used again: the current one and the four before it. */
    public static final int REMEMBERED = 5;
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 64;

    /** One broken rule: passay's error code and the Chinese sentence shown for it. */
    public record Violation(String code, String detail) {
    }

    private static final CharacterData SYMBOLS = new CharacterData() {
        @Override
        public String getErrorCode() {
            return EnglishCharacterData.Special.getErrorCode();
        }

        @Override
        public String getCharacters() {
            return "!@#%&*?+=-_";
        }
    };

    private final PasswordValidator validator;

    /** @param stored tells whether a password is the one behind a stored hash */
    public PasswordPolicy(BiPredicate<String, String> stored) {
        CharacterCharacteristicsRule characteristics = new CharacterCharacteristicsRule(3,
                new CharacterRule(EnglishCharacterData.UpperCase, 1), new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1), new CharacterRule(EnglishCharacterData.Special, 1));
        characteristics.setReportRuleFailures(false);
        DictionaryRule common = new DictionaryRule(new WordListDictionary(new ArrayWordList(commonPasswords(), false, new ArraysSort())));
        HistoryRule history = new HistoryRule() {
            @Override
            protected boolean matches(String password, PasswordData.Reference reference) {
                return stored.test(password, reference.getPassword());
            }

            /** The message names the policy's number, not how many passwords an account has had so far. */
            @Override
            protected Map<String, Object> createRuleResultDetailParameters(int count) {
                return super.createRuleResultDetailParameters(REMEMBERED);
            }
        };
        validator = new PasswordValidator(new PropertiesMessageResolver(messages()), new LengthRule(MIN_LENGTH, MAX_LENGTH),
                characteristics, new WhitespaceRule(), new UsernameRule(true, true), common, history);
    }

    /**
     * Every rule the candidate breaks, in the policy's order; empty if it may be used.
     *
     * @param recentHashes the account's current and previous password hashes, newest first (none for a new account)
     */
    public List<Violation> check(String username, String candidate, List<String> recentHashes) {
        PasswordData data = new PasswordData(username, candidate);
        data.setPasswordReferences(recentHashes.stream().limit(REMEMBERED)
                .<PasswordData.Reference>map(PasswordData.HistoricalReference::new).toList());
        RuleResult result = validator.validate(data);
        List<String> messages = validator.getMessages(result);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < result.getDetails().size(); i++) {
            violations.add(new Violation(result.getDetails().get(i).getErrorCode(), messages.get(i)));
        }
        return violations;
    }

    /** A random temporary password that meets the rules, for a reset: 14 characters with every kind. */
    public static String temporaryPassword() {
        return new PasswordGenerator().generatePassword(14, new CharacterRule(EnglishCharacterData.UpperCase, 2),
                new CharacterRule(EnglishCharacterData.LowerCase, 2), new CharacterRule(EnglishCharacterData.Digit, 2),
                new CharacterRule(SYMBOLS, 1));
    }

    private static String[] commonPasswords() {
        try (InputStream in = resource("common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).distinct().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties messages() {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(resource("password-rules.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/access/" + name), name);
    }
}
