package cn.taizhang.territory;

import cn.taizhang.territory.geo.GeoJson;
import cn.taizhang.territory.geo.GridIndex;
import cn.taizhang.territory.imports.DivisionFile.Division;
import cn.taizhang.territory.imports.GridFile.GridFeature;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writes of imports, and the unscoped look-ups that checking an import needs. Used by administrators'
 * imports only; user-facing reads go through {@link AreaRepository}.
 */
@Repository
class ImportRepository {

    // Any number will do, as long as only territory imports use it.
    private static final long IMPORT_LOCK = 0x7465727269746f72L;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One import at a time, so that two imports cannot each pass the overlap check against the other. */
    void lockForImport() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query(Integer.class).single();
    }

    boolean exists(AreaCode code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM area WHERE code = ?)").param(code.value()).query(Boolean.class).single();
    }

    List<GridIndex.Grid> gridsOf(Collection<AreaCode> villages) {
        return jdbc.sql("SELECT code, boundary FROM area WHERE level = 'grid' AND boundary IS NOT NULL AND parent_code IN (:villages)")
                .param("villages", villages.stream().map(AreaCode::value).toList())
                .query((rs, n) -> new GridIndex.Grid(rs.getString(1), GeoJson.read(rs.getString(2)))).list();
    }

    /** Inserts or updates; a row whose values are unchanged is not rewritten. */
    void upsertDivisions(List<Division> divisions) {
        List<Object[]> rows = divisions.stream()
                .sorted(Comparator.comparing((Division d) -> d.code().value().length()).thenComparing(d -> d.code().value()))
                .map(d -> new Object[] {d.code().value(), d.name(), d.code().level().id(),
                        d.parent() == null ? null : d.parent().value(), d.urbanRuralClass(), d.lng(), d.lat()})
                .toList();
        template.batchUpdate("""
                INSERT INTO area (code, name, level, parent_code, urban_rural_class, lng, lat) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, parent_code = excluded.parent_code,
                    urban_rural_class = excluded.urban_rural_class, lng = excluded.lng, lat = excluded.lat
                WHERE (area.name, area.parent_code, area.urban_rural_class, area.lng, area.lat)
                    IS DISTINCT FROM (excluded.name, excluded.parent_code, excluded.urban_rural_class, excluded.lng, excluded.lat)
                """, rows);
    }

    /** Inserts grids or replaces their name and polygon; the representative point lies inside the polygon. */
    void upsertGrids(List<GridFeature> grids) {
        List<Object[]> rows = grids.stream().map(g -> {
            Point inside = g.shape().getInteriorPoint();
            return new Object[] {g.code().value(), g.name(), g.code().parent().orElseThrow().value(),
                    inside.getX(), inside.getY(), GeoJson.write(g.shape())};
        }).toList();
        template.batchUpdate("""
                INSERT INTO area (code, name, level, parent_code, lng, lat, boundary) VALUES (?, ?, 'grid', ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, lng = excluded.lng, lat = excluded.lat,
                    boundary = excluded.boundary
                WHERE (area.name, area.lng, area.lat, area.boundary)
                    IS DISTINCT FROM (excluded.name, excluded.lng, excluded.lat, excluded.boundary)
                """, rows);
    }
}
