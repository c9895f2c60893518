package cn.taizhang.registry.enterprise;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Overlay;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns stored rows into what the API and pages show, looking the names up once per batch of rows. */
@Component
class EnterpriseViews {

    private final Territory territory;
    private final Organisation organisation;

    EnterpriseViews(Territory territory, Organisation organisation) {
        this.territory = territory;
        this.organisation = organisation;
    }

    List<Enterprise> of(List<EnterpriseRow> rows) {
        Names names = names(rows);
        return rows.stream().map(names::view).toList();
    }

    Enterprise of(EnterpriseRow row) {
        return of(List.of(row)).get(0);
    }

    /** A converter for a stream of rows too long to look names up all at once: areas, zones and leaders are remembered as met. */
    Function<EnterpriseRow, Enterprise> streaming() {
        Names names = names(List.of());
        return row -> {
            names.learn(List.of(row));
            return names.view(row);
        };
    }

    private Names names(List<EnterpriseRow> rows) {
        Names names = new Names(organisation.sectors().stream().collect(Collectors.toMap(Sector::code, Sector::name)),
                territory.overlays(Scope.area("")).stream().collect(Collectors.toMap(Overlay::code, Overlay::name)));
        names.learn(rows);
        return names;
    }

    private final class Names {
        private final Map<String, String> sectors;
        private final Map<String, String> zones;
        private final Map<String, String> areas = new HashMap<>();
        private final Map<Long, String> leaders = new HashMap<>();

        Names(Map<String, String> sectors, Map<String, String> zones) {
            this.sectors = sectors;
            this.zones = zones;
        }

        void learn(List<EnterpriseRow> rows) {
            Set<String> codes = new HashSet<>();
            for (EnterpriseRow r : rows) {
                codes.add(r.areaCode());
                codes.add(r.areaCode().substring(0, 9));
            }
            codes.removeAll(areas.keySet());
            if (!codes.isEmpty()) {
                areas.putAll(territory.names(codes, Scope.area("")));
            }
            for (EnterpriseRow r : rows) {
                if (r.leaderId() != null && !leaders.containsKey(r.leaderId())) {
                    leaders.put(r.leaderId(), organisation.staffMember(Scope.area(""), r.leaderId()).map(StaffMember::name).orElse(null));
                }
            }
        }

        Enterprise view(EnterpriseRow r) {
            List<Enterprise.Named> named = new ArrayList<>();
            r.sectors().forEach(code -> named.add(new Enterprise.Named(code, sectors.getOrDefault(code, code))));
            String town = r.areaCode().substring(0, 9);
            return new Enterprise(r.id(), r.uscc(), r.name(), r.legalRepresentative(), r.address(), r.areaCode(), areas.get(r.areaCode()),
                    town, areas.get(town), r.zoneCode(), r.zoneCode() == null ? null : zones.get(r.zoneCode()),
                    r.lat() == null || r.lng() == null ? null : new Enterprise.Location(r.lat(), r.lng()), named, r.employees(), r.nonPublic(),
                    r.riskLevel().id(), r.riskLevel().label(), r.status().id(), r.status().label(), r.statusSince(), r.statusReason(),
                    new Enterprise.Union(r.unionFounded(), r.unionMembers(), r.unionEngagement() == null ? null : r.unionEngagement().id(),
                            r.unionEngagement() == null ? null : r.unionEngagement().label()),
                    r.leaderId() == null ? null : new Enterprise.Leader(r.leaderId(), leaders.get(r.leaderId())),
                    r.version(), r.createdAt(), r.updatedAt(),
                    r.coercion() == null ? null : new Enterprise.Coerced(r.coercion().id(), r.coercion().label(), r.coercionSince()));
        }
    }
}
