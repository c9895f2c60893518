package cn.taizhang.service;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.FormReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/enterprise-service/coordinator")
@PreAuthorize("hasRole('SYSADMIN')")
@Tag(name = "service", description = "企业服务：领导走访企业和项目，收集困难和问题，顶格协调")
class CoordinatorController {

    private final CoordinatorAppointments appointments;

    CoordinatorController(CoordinatorAppointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping
    @Operation(summary = "县（市）的企业服务协调单位（系统管理员）：县级领导走访收集的问题顶格协调至该单位；area 缺省为本人辖区")
    CoordinatorAppointments.Appointment get(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) String area) {
        return appointments.of(scope, caller.jurisdictionCode(), area);
    }

    @PutMapping
    @Operation(summary = "指定企业服务协调单位（系统管理员）：{area?, departmentId}，须为该县（市）的行业主管部门")
    CoordinatorAppointments.Appointment appoint(@AuthenticationPrincipal Caller caller, Scope scope, @RequestBody JsonNode body) {
        FormReader form = new FormReader();
        String area = null;
        Long departmentId = null;
        if (form.object(body, Set.of("area", "departmentId"), "")) {
            area = form.text(body.get("area"), "area", "区划代码", 6, false);
            departmentId = FormReader.missing(body.get("departmentId")) ? null : form.id(body.get("departmentId"), "departmentId", "部门");
        }
        form.check();
        return appointments.appoint(scope, caller.jurisdictionCode(), area, departmentId);
    }
}
