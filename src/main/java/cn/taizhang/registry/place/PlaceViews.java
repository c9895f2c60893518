package cn.taizhang.registry.place;

import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Turns stored rows into what the API and pages show, looking the names up once per batch of rows. */
@Component
class PlaceViews {

    private final Territory territory;
    private final PlaceTypes types;

    PlaceViews(Territory territory, PlaceTypes types) {
        this.territory = territory;
        this.types = types;
    }

    List<Place> of(List<PlaceRow> rows) {
        Names names = new Names(types.names());
        names.learn(rows);
        return rows.stream().map(names::view).toList();
    }

    Place of(PlaceRow row) {
        return of(List.of(row)).get(0);
    }

    /** A converter for a stream of rows too long to look names up all at once: areas are remembered as met. */
    Function<PlaceRow, Place> streaming() {
        Names names = new Names(types.names());
        return row -> {
            names.learn(List.of(row));
            return names.view(row);
        };
    }

    private final class Names {
        private final Map<String, String> types;
        private final Map<String, String> areas = new HashMap<>();

        Names(Map<String, String> types) {
            this.types = types;
        }

        void learn(List<PlaceRow> rows) {
            Set<String> codes = new HashSet<>();
            for (PlaceRow r : rows) {
                codes.add(r.areaCode());
                codes.add(r.areaCode().substring(0, 9));
            }
            codes.removeAll(areas.keySet());
            if (!codes.isEmpty()) {
                areas.putAll(territory.names(codes, Scope.area("")));
            }
        }

        Place view(PlaceRow r) {
            String town = r.areaCode().substring(0, 9);
            return new Place(r.id(), r.typeCode(), types.getOrDefault(r.typeCode(), r.typeCode()), r.name(), r.address(), r.areaCode(),
                    areas.get(r.areaCode()), town, areas.get(town),
                    r.lat() == null || r.lng() == null ? null : new Place.Location(r.lat(), r.lng()), r.responsibleUnit(), r.notes(),
                    r.version(), r.createdAt(), r.updatedAt());
        }
    }
}
