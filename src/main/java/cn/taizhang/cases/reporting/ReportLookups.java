package cn.taizhang.cases.reporting;

import cn.taizhang.cases.Actor;
import cn.taizhang.cases.catalogue.CaseType;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.catalogue.Units;
import cn.taizhang.organisation.Department;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalogue and territory look-ups of reporting, each made once per request or batch. */
final class ReportLookups {

    private final Actor actor;
    private final CaseTypes types;
    private final Units units;
    private final Territory territory;
    private List<CaseType> catalogue;
    private Set<String> sectors;
    private final Map<String, Long> suggestions = new HashMap<>();

    ReportLookups(Actor actor, CaseTypes types, Units units, Territory territory) {
        this.actor = actor;
        this.types = types;
        this.units = units;
        this.territory = territory;
    }

    Optional<CaseType> type(String code) {
        if (catalogue == null) {
            catalogue = types.all();
        }
        return catalogue.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    boolean sectorExists(String code) {
        if (sectors == null) {
            sectors = units.sectorCodes();
        }
        return sectors.contains(code);
    }

    /** Whether this is a grid inside the reporter's jurisdiction. */
    boolean gridExists(String grid) {
        return territory.gridName(grid, Scope.area(actor.jurisdictionCode())).isPresent();
    }

    /** The suggested unit's id, or null; -1 remembers "none" in the map. */
    Long suggested(CaseType type, String sector, String grid) {
        long id = suggestions.computeIfAbsent(type.code() + "|" + sector + "|" + grid,
                k -> units.suggested(type, sector, grid).map(Department::id).orElse(-1L));
        return id >= 0 ? id : null;
    }
}
