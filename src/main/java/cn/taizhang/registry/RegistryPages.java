package cn.taizhang.registry;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The registries' hub (台账): a tile for each registry the application has — every {@link RegistryFigures} bean — with
 * the number of records it holds in the caller's jurisdiction, linking to its list. A registry added later (人员台账)
 * appears by adding its figures.
 */
@Controller
class RegistryPages {

    /** A tile of the hub: the registry's name, what its count counts, its page and its count (null: none to show). */
    record Tile(String key, String name, String unit, String path, Long count) {
    }

    /** How the hub names the registries it knows, in the order it shows them. */
    private record Known(String name, String unit, String path, int position) {
    }

    private static final Map<String, Known> KNOWN = Map.of(
            "enterprises", new Known("企业台账", "家", "/enterprises", 1),
            "places", new Known("场所台账", "处", "/places", 2),
            "persons", new Known("人员台账", "人", "/persons", 3),
            "projects", new Known("项目台账", "个", "/projects", 4));

    private final List<RegistryFigures> registries;

    RegistryPages(List<RegistryFigures> registries) {
        this.registries = registries;
    }

    @GetMapping("/registries")
    String hub(Scope scope, Model model) {
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        model.addAttribute("tiles", tiles(scope, today));
        return "registry/registries";
    }

    List<Tile> tiles(Scope scope, LocalDate today) {
        return registries.stream()
                .sorted(Comparator.comparingInt((RegistryFigures r) -> known(r.key()).position()).thenComparing(RegistryFigures::key))
                .map(r -> {
                    Known k = known(r.key());
                    OptionalLong total = r.total(scope.areaPrefix(), today, scope);
                    return new Tile(r.key(), k.name(), k.unit(), k.path(), total.isPresent() ? total.getAsLong() : null);
                }).toList();
    }

    private static Known known(String key) {
        return KNOWN.getOrDefault(key, new Known(key, "条", "/" + key, Integer.MAX_VALUE));
    }
}
