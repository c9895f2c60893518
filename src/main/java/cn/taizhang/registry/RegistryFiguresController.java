package cn.taizhang.registry;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class RegistryFiguresController {

    private final Territory territory;
    private final Placement placement;
    private final List<RegistryFigures> registries;

    RegistryFiguresController(Territory territory, Placement placement, List<RegistryFigures> registries) {
        this.territory = territory;
        this.placement = placement;
        this.registries = registries;
    }

    @GetMapping("/api/v1/stats/registries")
    @Operation(summary = "台账统计：区域（默认本辖区）截至某日（默认今天）的企业（按状态、风险等级、行业领域，非公企业、建会企业、工会会员）等各台账的数字；"
            + "zone 为开发区代码时只计其中的")
    Map<String, Object> figures(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String zone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        String name = territory.find(code, scope).orElseThrow(() -> Problem.notFound("区域 " + code + " ")).name();
        if (zone != null && !zone.isBlank() && !placement.zoneSnapshot().exists(zone.strip())) {
            throw Problem.notFound("开发区 " + zone.strip() + " ");
        }
        LocalDate day = date == null ? LocalDate.now(BeijingTime.ZONE) : date;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("area", code);
        answer.put("areaName", name);
        answer.put("zone", zone == null || zone.isBlank() ? null : zone.strip());
        answer.put("date", day);
        registries.forEach(r -> answer.put(r.key(), r.figures(code, zone == null || zone.isBlank() ? null : zone.strip(), day, scope)));
        return answer;
    }
}
