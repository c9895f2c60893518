package cn.taizhang.cases.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A kind of matter and its rules: who is responsible, the deadline per severity in working days,
 * whether it is verified on site, and how it escalates (remind at {@code remindShare} of the time,
 * 挂牌督办 when overdue by {@code superviseAfterDays} working days). The system administrator edits it;
 * {@code version} counts the edits (the ETag). The first severity is the default.
 */
public record CaseType(String code, String name, String category, String responsibility, boolean verificationRequired,
        BigDecimal remindShare, int superviseAfterDays, List<Severity> severities, int version) {

    public static final String SECTOR_DEPARTMENT = "sector_department";
    static final String TOWN_OFFICE = "town_office";
    static final String CHOSEN = "chosen";
    static final List<String> RESPONSIBILITIES = List.of(SECTOR_DEPARTMENT, TOWN_OFFICE, CHOSEN);

    /** {@code notifyLeaders}: the leaders of the area are told at registration, at once (e.g. 重大隐患). */
    /**
     * A severity: its deadline in working days; {@code notifyLeaders}: the area's leaders are told at registration;
     * {@code requiresPlan}: the unit must record its 治理方案 (五落实) before handling (重大隐患).
     */
    public record Severity(String code, String name, int deadlineDays, boolean notifyLeaders, boolean requiresPlan) {
    }

    public Optional<Severity> severity(String code) {
        return severities.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Severity defaultSeverity() {
        return severities.get(0);
    }
}
