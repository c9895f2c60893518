package cn.taizhang.territory.geo;

import cn.taizhang.territory.geo.GridIndex.Grid;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the {@link GridIndex} of every grid in the database: built at start-up and replaced as a whole
 * after each committed grid import, so lookups never wait and never see half an import.
 */
@Component
public class GridLocator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

    private final JdbcClient jdbc;
    private final AtomicReference<GridIndex> index = new AtomicReference<>(GridIndex.empty());

    GridLocator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** The code of the grid covering the WGS-84 point, if any. */
    public Optional<String> locate(double lng, double lat) {
        return index.get().locate(lng, lat);
    }

    /** Every stored grid polygon. */
    public List<Grid> loadGrids() {
        return jdbc.sql("SELECT code, boundary FROM area WHERE level = 'grid' AND boundary IS NOT NULL")
                .query((rs, n) -> new Grid(rs.getString(1), GeoJson.read(rs.getString(2)))).list();
    }

    // synchronized: two reloads racing could otherwise install the older snapshot last
    public synchronized void reload() {
        long start = System.nanoTime();
        GridIndex fresh = GridIndex.of(loadGrids());
        index.set(fresh);
        log.info("Grid index holds {} grids (built in {} ms)", fresh.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Reloads once the current transaction has committed (at once without one). */
    public void reloadAfterCommit() {
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
}
