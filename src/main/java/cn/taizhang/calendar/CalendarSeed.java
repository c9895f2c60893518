package cn.taizhang.calendar;

import cn.taizhang.calendar.rules.CalendarFile;
import cn.taizhang.calendar.rules.DaySource;
import cn.taizhang.calendar.rules.WorkingDayRules;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the official calendar bundled with the application ({@value #RESOURCE}, the State Council's
 * notices 2018-2026) at every start: missing days are added, days still as the bundled data wrote them
 * follow it, days an administrator has written since are left alone. A later start changes nothing.
 * Why at start-up rather than in the migration: see V4__calendar.sql.
 */
@Component
class CalendarSeed {

    static final String RESOURCE = "calendar/cn-official-calendar.csv";

    private static final Logger log = LoggerFactory.getLogger(CalendarSeed.class);

    private final CalendarRepository store;
    private final TransactionTemplate transactions;

    CalendarSeed(CalendarRepository store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    void load() {
        CalendarFile.Result file = read();
        if (!file.accepted()) {
            throw new IllegalStateException("The bundled " + RESOURCE + " is invalid: " + file.errors());
        }
        Integer written = transactions.execute(status -> {
            store.lockForChange();
            return store.seed(file.days());
        });
        if (written != null && written > 0) {
            log.info("Official calendar: {} of the {} bundled days written", written, file.days().size());
        }
    }

    static CalendarFile.Result read() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            // official days are checked on their own: no local day can make one invalid
            return CalendarFile.read(reader, DaySource.OFFICIAL, WorkingDayRules.weekdaysOnly());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
