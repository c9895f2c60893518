package cn.taizhang.demo;

import cn.taizhang.inspection.patrol.PatrolVolunteers;
import cn.taizhang.inspection.patrol.Patrols;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.place.PlaceFilter;
import cn.taizhang.registry.place.Places;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Loads the demo's patrol volunteers and their year of internet-café rounds ({@link KailiPatrols}) after the place ledger. */
@Component
class DemoPatrols {

    private static final Scope EVERYWHERE = Scope.area("");

    private final Places places;
    private final PatrolVolunteers volunteers;
    private final Patrols patrols;
    private final Organisation organisation;

    DemoPatrols(Places places, PatrolVolunteers volunteers, Patrols patrols, Organisation organisation) {
        this.places = places;
        this.volunteers = volunteers;
        this.patrols = patrols;
        this.organisation = organisation;
    }

    void load() {
        List<Long> ids = volunteers.storeAll(KailiPatrols.volunteers());
        Map<String, List<Long>> monitors = new HashMap<>();
        Map<String, Long> recorders = new HashMap<>();
        List<KailiPatrols.Cafe> cafes = new ArrayList<>();
        int per = KailiPatrols.MONITORS_PER_AREA + 1;
        for (int t = 0; t < KailiPatrols.AREAS.size(); t++) {
            String area = KailiPatrols.AREAS.get(t);
            monitors.put(area, ids.subList(t * per, t * per + KailiPatrols.MONITORS_PER_AREA));
            recorders.put(area, organisation.account("t" + area.substring(0, 9) + "-dispatcher-1").orElseThrow().id());
            places.list(EVERYWHERE, new PlaceFilter(null, area, "internet_cafe"), "name", 0, 500).items()
                    .forEach(p -> cafes.add(new KailiPatrols.Cafe(p.id(), p.name(), p.gridCode())));
        }
        patrols.storeAll(KailiPatrols.year(cafes, monitors, recorders, LocalDate.now(BeijingTime.ZONE)));
    }
}
