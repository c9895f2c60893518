package cn.taizhang.territory;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Development zones and resettlement areas, with the members the caller may see. */
@RestController
class OverlayController {

    private final Territory territory;

    OverlayController(Territory territory) {
        this.territory = territory;
    }

    @GetMapping("/api/v1/overlays")
    ListResponse<Overlay> overlays(Scope scope) {
        return ListResponse.of(territory.overlays(scope));
    }

    @GetMapping("/api/v1/overlays/{code}")
    Overlay overlay(@PathVariable String code, Scope scope) {
        return territory.overlay(code, scope).orElseThrow(() -> Problem.notFound("叠加区 " + code + " "));
    }
}
