package cn.taizhang.registry.place;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.Placement;
import cn.taizhang.registry.RegistryFigures;
import cn.taizhang.territory.Overlay;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The place registry's figures for the registry statistics: the places registered by the end of the day asked, by type
 * and by the areas one level below the one asked. No dashboard card and no briefing section: a count of places does not
 * move with a period, and the briefings' registers speak of projects and enterprises, not of stations and schools.
 */
@Component
class PlaceFigures implements RegistryFigures {

    private final PlaceRepository places;
    private final PlaceTypes types;
    private final Territory territory;
    private final Placement placement;

    PlaceFigures(PlaceRepository places, PlaceTypes types, Territory territory, Placement placement) {
        this.places = places;
        this.types = types;
        this.territory = territory;
        this.placement = placement;
    }

    @Override
    public String key() {
        return "places";
    }

    @Override
    public Object figures(String area, String zone, LocalDate date, Scope scope) {
        return counts(area, zone, date, scope);
    }

    PlaceCounts counts(String area, String zone, LocalDate date, Scope scope) {
        OffsetDateTime before = date.plusDays(1).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
        int childLength = Math.min(15, area.length() + 3);
        String[] zonePrefixes = zone == null ? null : placement.zones().stream().filter(o -> o.code().equals(zone)).findFirst()
                .map(Overlay::members).orElse(List.of()).stream().map(m -> m.code() + "%").toArray(String[]::new);
        List<PlaceRepository.AreaTypeCount> rows = places.counts(area, zonePrefixes, before, scope, childLength);
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byArea = new LinkedHashMap<>();
        long total = 0;
        for (PlaceRepository.AreaTypeCount r : rows) {
            byType.merge(r.typeCode(), r.count(), Long::sum);
            byArea.computeIfAbsent(r.areaCode(), a -> new LinkedHashMap<>()).put(r.typeCode(), r.count());
            total += r.count();
        }
        List<PlaceCounts.TypeCount> typeCounts = new ArrayList<>();
        for (PlaceType t : types.all()) {
            typeCounts.add(new PlaceCounts.TypeCount(t.code(), t.name(), byType.getOrDefault(t.code(), 0L)));
        }
        Set<String> codes = byArea.keySet();
        Map<String, String> names = codes.isEmpty() ? Map.of() : territory.names(codes, Scope.area(""));
        List<PlaceCounts.AreaCount> areaCounts = byArea.entrySet().stream()
                .map(e -> new PlaceCounts.AreaCount(e.getKey(), names.get(e.getKey()), e.getValue().values().stream().mapToLong(Long::longValue).sum(),
                        e.getValue()))
                .collect(Collectors.toList());
        return new PlaceCounts(total, typeCounts, areaCounts);
    }
}
