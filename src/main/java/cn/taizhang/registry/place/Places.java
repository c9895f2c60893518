package cn.taizhang.registry.place;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.Placement;
import cn.taizhang.registry.RegistryHistory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The place registry (场所台账). Everyone sees the places in their jurisdiction (department staff too: places belong to
 * no sector); the grid worker of the grid and the 指挥员 of the area register and edit them. Every change is written
 * with its history line and its audit row in one transaction; an edit carries the version it read.
 */
@Service
public class Places {

    static final String REGISTRY = "place";

    private final PlaceRepository places;
    private final PlaceViews views;
    private final PlaceTypes types;
    private final RegistryHistory history;
    private final Placement placement;
    private final PlaceLedger ledger;

    Places(PlaceRepository places, PlaceViews views, PlaceTypes types, RegistryHistory history, Placement placement, PlaceLedger ledger) {
        this.places = places;
        this.views = views;
        this.types = types;
        this.history = history;
        this.placement = placement;
        this.ledger = ledger;
    }

    public Optional<Place> find(Scope scope, long id) {
        return places.find(id, scope).map(views::of);
    }

    public ListResponse<Place> list(Scope scope, PlaceFilter filter, String sort, int page, int size) {
        String orderBy = PlaceRepository.ORDER.orderBy(sort);
        return new ListResponse<>(views.of(places.list(scope, filter, orderBy, page * size, size)), places.count(scope, filter));
    }

    /** Every place the filter selects, in order, one at a time (an export of any length). */
    @Transactional(readOnly = true)
    public void each(Scope scope, PlaceFilter filter, String sort, Consumer<Place> consumer) {
        String orderBy = PlaceRepository.ORDER.orderBy(sort);
        var view = views.streaming();
        places.each(scope, filter, orderBy, row -> consumer.accept(view.apply(row)));
    }

    /** Checks the list's query parameters, the type against the catalogue. */
    PlaceFilter filter(PlaceQuery query) {
        return query.filter(code -> types.find(code).isPresent());
    }

    public List<RegistryHistory.Entry> history(Scope scope, long id) {
        find(scope, id).orElseThrow(Places::notFound);
        return history.of(REGISTRY, id);
    }

    /** Stores places as they are, in one batch without history lines (the demo's ledger); callers vouch for every field. */
    @Transactional
    public void storeAll(List<NewPlace> all) {
        places.insertAll(all);
    }

    /**
     * The form as an import runs it row after row: the same checks as {@link #create}, the catalogue read once. A row may
     * keep a retired type when it names a place registered with it (an exported sheet imported again), as an edit may.
     */
    Function<JsonNode, NewPlace> form(Scope scope) {
        PlaceForm.Lookups lookups = lookups(scope);
        return body -> PlaceForm.read(body, lookups, keptType(body, lookups));
    }

    /** The row's type if it is retired and the row's key (type, name, grid) names a registered place; else null. */
    private String keptType(JsonNode body, PlaceForm.Lookups lookups) {
        String type = FormReader.plainText(body.get("type"));
        String name = FormReader.plainText(body.get("name"));
        String grid = FormReader.plainText(body.get("gridCode"));
        if (type == null || name == null || grid == null || lookups.type(type).filter(PlaceType::retired).isEmpty()) {
            return null;
        }
        NewPlace key = new NewPlace(type, name, null, grid, null, null, null, null);
        return places.findByKeys(List.of(key)).isEmpty() ? null : type;
    }

    @Transactional
    public Place create(Caller caller, JsonNode body) {
        Scope scope = writerScope(caller);
        NewPlace p = PlaceForm.read(body, lookups(scope), null);
        long id = places.insert(p);
        Place saved = find(scope, id).orElseThrow();
        history.created(REGISTRY, id, caller, ledger.ledger().labels(), ledger.ledger().texts(saved));
        return saved;
    }

    @Transactional
    public Place update(Caller caller, long id, int expectedVersion, JsonNode body) {
        Scope scope = writerScope(caller);
        Place before = find(scope, id).orElseThrow(Places::notFound);
        if (before.version() != expectedVersion) {
            throw Versions.stale("场所");
        }
        NewPlace p = PlaceForm.read(body, lookups(scope), before.type());
        if (!places.update(id, expectedVersion, p)) {
            throw Versions.stale("场所");
        }
        Place after = find(scope, id).orElseThrow();
        history.updated(REGISTRY, id, caller, ledger.ledger().labels(), ledger.ledger().texts(before), ledger.ledger().texts(after), before.version(),
                after.version());
        return after;
    }

    /**
     * True if the caller registers and edits places: a grid worker (in their grid, which is their jurisdiction) or a
     * 指挥员 of an area (not of a department).
     */
    public static boolean writer(Caller caller) {
        return caller.has(Role.GRID_WORKER) || caller.departmentId() == null && caller.has(Role.DISPATCHER);
    }

    static Scope writerScope(Caller caller) {
        if (!writer(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有本网格的网格员和本辖区的指挥员可以登记和修改场所");
        }
        return caller.scope();
    }

    private PlaceForm.Lookups lookups(Scope scope) {
        Map<String, PlaceType> known = types.all().stream().collect(Collectors.toMap(PlaceType::code, Function.identity()));
        return new PlaceForm.Lookups() {
            @Override
            public boolean gridInReach(String gridCode) {
                return placement.gridInReach(gridCode, scope);
            }

            @Override
            public Optional<String> gridAt(double lat, double lng, String crs) {
                return placement.gridAt(lat, lng, crs, scope);
            }

            @Override
            public Optional<PlaceType> type(String typeCode) {
                return Optional.ofNullable(known.get(typeCode));
            }
        };
    }

    static Problem notFound() {
        return Problem.notFound("场所");
    }
}
