package cn.taizhang.calendar.rules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The official days 2018-2026 as bundled with the application (src/main/resources/calendar). */
final class OfficialData {

    static final List<SpecialDay> DAYS = read();

    private OfficialData() {
    }

    static WorkingDayRules rules() {
        return WorkingDayRules.of(DAYS);
    }

    static WorkingDayRules withLocal(SpecialDay... local) {
        List<SpecialDay> days = new ArrayList<>(DAYS);
        days.addAll(List.of(local));
        return WorkingDayRules.of(days);
    }

    private static List<SpecialDay> read() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                OfficialData.class.getResourceAsStream("/calendar/cn-official-calendar.csv")), StandardCharsets.UTF_8)) {
            CalendarFile.Result result = CalendarFile.read(reader, DaySource.OFFICIAL, WorkingDayRules.weekdaysOnly());
            if (!result.accepted()) {
                throw new IllegalStateException(result.errors().toString());
            }
            return result.days();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
