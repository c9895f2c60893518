package cn.taizhang.calendar;

import cn.taizhang.calendar.rules.WorkingDayRules;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link WorkingDays} on the official calendar (days off and 调休 make-up working days) plus the local
 * days off, as stored in {@code calendar_day}. Readers use an immutable {@link WorkingDayRules} snapshot
 * and never wait; the snapshot is replaced as a whole after every committed change in this process, so a
 * new notice takes effect at once, and within a minute for changes committed by another instance.
 */
@Component
class OfficialCalendar implements WorkingDays, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OfficialCalendar.class);

    private record Loaded(WorkingDayRules rules, CalendarRepository.Fingerprint fingerprint) {
    }

    private final CalendarRepository store;
    private final CalendarSeed seed;
    private final AtomicReference<Loaded> current = new AtomicReference<>();

    OfficialCalendar(CalendarRepository store, CalendarSeed seed) {
        this.store = store;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed.load();
        reload();
    }

    /** The calendar in force now. */
    WorkingDayRules rules() {
        Loaded loaded = current.get();
        if (loaded == null) { // asked during start-up, before the first load
            reload();
            loaded = current.get();
        }
        return loaded.rules();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return rules().isWorkingDay(day);
    }

    @Override
    public OffsetDateTime deadline(OffsetDateTime start, int workingDays) {
        return rules().deadline(start, workingDays);
    }

    @Override
    public int workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        return rules().workingDaysBetween(from, to);
    }

    // synchronized: two reloads racing could otherwise install the older snapshot last
    synchronized void reload() {
        CalendarRepository.Snapshot snapshot = store.load();
        current.set(new Loaded(WorkingDayRules.of(snapshot.days()), snapshot.fingerprint()));
        log.info("Working-day calendar holds {} listed days", snapshot.days().size());
    }

    /** Reloads once the current transaction has committed (at once without one). */
    void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    /** Picks up changes committed by another instance on the same database (one small query). */
    @Scheduled(fixedDelayString = "${taizhang.calendar.refresh:1m}", initialDelayString = "${taizhang.calendar.refresh:1m}")
    void reloadIfChangedElsewhere() {
        Loaded loaded = current.get();
        if (loaded != null && !Objects.equals(loaded.fingerprint(), store.fingerprint())) {
            reload();
        }
    }
}
