package cn.taizhang.territory.geo;

import cn.taizhang.territory.geo.GridIndex.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Holds the {@link GridIndex} of every grid in the database and the grids' names: built at start-up and
 * replaced as a whole after each committed grid import (the only way grids change), so lookups never wait,
 * never see half an import and never go to the database — a report looks its grid up twice.
 */
@Component
public class GridLocator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

    private final JdbcClient jdbc;
    private final AtomicReference<GridIndex> index = new AtomicReference<>(GridIndex.empty());
    private final AtomicReference<Map<String, String>> names = new AtomicReference<>(Map.of());

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

    /** The name of the grid with this code, if there is one. */
    public Optional<String> gridName(String code) {
        return Optional.ofNullable(names.get().get(code));
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
        Map<String, String> freshNames = new HashMap<>();
        jdbc.sql("SELECT code, name FROM area WHERE level = 'grid'").query(rs -> {
            freshNames.put(rs.getString(1), rs.getString(2));
        });
        index.set(fresh);
        names.set(Map.copyOf(freshNames));
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
