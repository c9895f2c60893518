package cn.taizhang.cases.bulk;

import java.util.List;

/** A case type's rules as the catalogue holds them: who is responsible, verification, escalation, deadlines. */
public record TypeRule(String code, String responsibility, boolean verificationRequired, int superviseAfterDays,
        List<Severity> severities) {

    /** A severity's deadline; {@code requiresPlan}: handled only with a 治理方案 (重大隐患). */
    public record Severity(String code, int deadlineDays, boolean requiresPlan) {

        public Severity(String code, int deadlineDays) {
            this(code, deadlineDays, false);
        }
    }

    public Severity severity(String code) {
        return severities.stream().filter(s -> s.code().equals(code)).findFirst().orElse(severities.get(0));
    }
}
