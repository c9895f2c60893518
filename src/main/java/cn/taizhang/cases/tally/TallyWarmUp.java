package cn.taizhang.cases.tally;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After start-up, in the background, reads the tallies' total rows into PostgreSQL's buffers
 * ({@link TallyQueries#warmUp}), so that the first dashboards after a restart are not read from disk.
 */
@Component
class TallyWarmUp {

    private static final Logger log = LoggerFactory.getLogger(TallyWarmUp.class);

    private final TallyQueries tallies;

    TallyWarmUp(TallyQueries tallies) {
        this.tallies = tallies;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Thread thread = new Thread(this::warmUp, "tally-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            long rows = tallies.warmUp();
            log.info("Tally totals read into memory: {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) { // the application may be stopping already; the warm-up only saves time
            log.debug("Tally warm-up not finished", e);
        }
    }
}
