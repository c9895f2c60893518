package cn.taizhang.territory;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The area tree and its grids, read within the caller's scope; anything outside it is simply not found. */
@RestController
class AreaController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Territory territory;

    AreaController(Territory territory) {
        this.territory = territory;
    }

    @GetMapping("/api/v1/areas/{code}")
    Area area(@PathVariable String code, Scope scope) {
        return territory.find(ApiParams.areaCode(code).value(), scope).orElseThrow(() -> notFound(code));
    }

    @GetMapping("/api/v1/areas/{code}/children")
    ListResponse<Area> children(@PathVariable String code, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = ApiParams.DEFAULT_PAGE_SIZE) String size, Scope scope) {
        Area parent = area(code, scope);
        ApiParams.Page p = ApiParams.page(page, size);
        return territory.children(parent.code(), scope, p.number(), p.size());
    }

    @GetMapping("/api/v1/areas")
    ListResponse<Area> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = ApiParams.DEFAULT_PAGE_SIZE) String size, Scope scope) {
        ApiParams.Page p = ApiParams.page(page, size);
        return territory.search(q, scope, p.number(), p.size());
    }

    @GetMapping("/api/v1/areas/{code}/grids.geojson")
    ResponseEntity<String> grids(@PathVariable String code, Scope scope) {
        String features = territory.gridsGeoJson(ApiParams.areaCode(code).value(), scope).orElseThrow(() -> notFound(code));
        return ResponseEntity.ok().contentType(GEO_JSON).body(features);
    }

    @GetMapping("/api/v1/grids/locate")
    Area locate(@RequestParam(required = false) String lat, @RequestParam(required = false) String lng,
            @RequestParam(defaultValue = "wgs84") String crs, Scope scope) {
        Crs system = ApiParams.position(lat, lng, crs);
        // the same answer whether no grid is there or the grid is outside the scope
        return territory.locate(Double.parseDouble(lat.strip()), Double.parseDouble(lng.strip()), system, scope).orElseThrow(() -> new Problem(Problem.Kind.NOT_FOUND,
                "GRID_NOT_FOUND", "在您的管辖范围内，该位置不属于任何网格"));
    }

    private static Problem notFound(String code) {
        return Problem.notFound("区划 " + code + " ");
    }
}
