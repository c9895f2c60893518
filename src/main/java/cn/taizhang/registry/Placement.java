package cn.taizhang.registry;

import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Crs;
import cn.taizhang.territory.Overlay;
import cn.taizhang.territory.OverlayKind;
import cn.taizhang.territory.Territory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where a registry record lies: its grid, chosen or found from a position, always inside the writer's jurisdiction. */
@Component
public class Placement {

    private static final Scope EVERYWHERE = Scope.area("");

    private final Territory territory;

    Placement(Territory territory) {
        this.territory = territory;
    }

    /** True if {@code code} is a grid inside the scope. */
    public boolean gridInReach(String code, Scope scope) {
        return code != null && code.length() == 15 && territory.gridName(code, scope).isPresent();
    }

    /** The grid at a position (crs wgs84, gcj02 or bd09), if it lies inside the scope. */
    public Optional<String> gridAt(double lat, double lng, String crs, Scope scope) {
        return Crs.fromId(crs).flatMap(c -> territory.locate(lat, lng, c, scope)).map(Area::code);
    }

    /** The development zones (开发区) as they are now, read once for a form or a whole import. */
    public Zones zoneSnapshot() {
        return new Zones(zones());
    }

    /** The development zones at one moment: which ones a grid lies in, whether a code is one. */
    public record Zones(List<Overlay> all) {

        public List<String> of(String gridCode) {
            return all.stream().filter(o -> o.members().stream().anyMatch(m -> gridCode.startsWith(m.code()))).map(Overlay::code).toList();
        }

        public boolean exists(String code) {
            return all.stream().anyMatch(o -> o.code().equals(code));
        }
    }

    /** The development zones, for a filter's choices. */
    public List<Overlay> zones() {
        return territory.overlays(EVERYWHERE).stream().filter(o -> o.kind() == OverlayKind.DEVELOPMENT_ZONE).toList();
    }
}
