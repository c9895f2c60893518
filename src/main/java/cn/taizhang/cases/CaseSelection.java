package cn.taizhang.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which cases to count: those inside {@code area} (a code prefix) reported on the days [from, until) in
 * Asia/Shanghai, optionally only of one type, source, sector ({@code sector} code) and unit
 * ({@code department}, the id of the department or office the case is with); null does not narrow.
 */
public record CaseSelection(String area, LocalDate from, LocalDate until, String type, String source, String sector,
        Long department) {

    public CaseSelection {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " before from " + from);
        }
    }

    /** Every case of the area reported on the days [from, until). */
    public static CaseSelection of(String area, LocalDate from, LocalDate until) {
        return new CaseSelection(area, from, until, null, null, null, null);
    }
}
