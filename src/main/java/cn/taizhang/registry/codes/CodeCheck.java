package cn.taizhang.registry.codes;

import java.util.List;
import java.util.Optional;

/**
 * What checking a code found: the code as stored (upper case, trimmed), a refusal ({@code problem}: a stable code and
 * its Chinese reason) or none, and warnings a person should see but that do not stop the record.
 */
public record CodeCheck(String code, Optional<Refusal> problem, List<String> warnings) {

    /** Why a code is refused: {@code code} for programs (e.g. {@code CHECK_CHARACTER}), {@code reason} for people. */
    public record Refusal(String code, String reason) {
    }

    public CodeCheck {
        warnings = List.copyOf(warnings);
    }

    static CodeCheck valid(String code, List<String> warnings) {
        return new CodeCheck(code, Optional.empty(), warnings);
    }

    static CodeCheck refused(String code, String problemCode, String reason) {
        return new CodeCheck(code, Optional.of(new Refusal(problemCode, reason)), List.of());
    }

    public boolean valid() {
        return problem.isEmpty();
    }
}
