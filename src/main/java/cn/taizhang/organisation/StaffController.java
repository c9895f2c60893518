package cn.taizhang.organisation;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.audit.PersonalDataViewed;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "organisation", description = "行业领域、部门与人员")
class StaffController {

    private final Organisation organisation;
    private final Territory territory;
    private final ApplicationEventPublisher events;

    StaffController(Organisation organisation, Territory territory, ApplicationEventPublisher events) {
        this.organisation = organisation;
        this.territory = territory;
        this.events = events;
    }

    @GetMapping("/sectors")
    @Operation(summary = "重点行业领域目录")
    ListResponse<Sector> sectors() {
        return ListResponse.of(organisation.sectors());
    }

    @GetMapping("/departments")
    @Operation(summary = "辖区可及的部门和镇街办事处")
    ListResponse<Department> departments(Scope scope) {
        return ListResponse.of(organisation.departmentsWithinReach(scope));
    }

    @GetMapping("/staff")
    @Operation(summary = "人员列表（按辖区，电话脱敏；sort：jurisdiction、name、username，前加 - 为倒序）")
    ListResponse<StaffMember> staff(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String area, @RequestParam(required = false) Long department,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return organisation.staff(scope, new StaffFilter(q, role, area, department), sort, paging.page(), paging.size());
    }

    @GetMapping("/staff/{id}")
    StaffMember staffMember(Scope scope, @PathVariable long id) {
        return organisation.staffMember(scope, id).orElseThrow(() -> Problem.notFound("人员"));
    }

    @GetMapping("/staff/{id}/phone")
    @PreAuthorize("hasAnyRole('LEADER', 'DISPATCHER')")
    @Operation(summary = "查看完整电话号码（领导、指挥员；记入审计日志）")
    Map<String, String> plainPhone(Scope scope, @PathVariable long id) {
        String phone = organisation.plainPhone(scope, id).orElseThrow(() -> Problem.notFound("人员电话"));
        events.publishEvent(new PersonalDataViewed("staff", Long.toString(id), "phone"));
        return Map.of("phone", phone);
    }

    @PostMapping("/staff")
    @PreAuthorize("hasRole('SECADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建人员账号（安全管理员；只能授予业务角色，管理员角色只能在服务器命令行授予）")
    StaffMember create(Scope scope, @Valid @RequestBody NewStaff member) {
        return organisation.create(scope, member);
    }

    @PutMapping("/staff/{id}")
    @PreAuthorize("hasRole('SECADMIN')")
    @Operation(summary = "修改人员账号的姓名、电话（不填则不变）、角色、辖区和部门（安全管理员；管理员账号除外）")
    StaffMember update(Scope scope, @PathVariable long id, @Valid @RequestBody StaffEdit edit) {
        return organisation.update(scope, id, edit).orElseThrow(() -> Problem.notFound("人员"));
    }

    @PostMapping("/staff/{id}/disable")
    @PreAuthorize("hasRole('SECADMIN')")
    @Operation(summary = "停用账号：不能再登录，访问令牌作废，已登录的会话结束（安全管理员；管理员账号除外）")
    StaffMember disable(Scope scope, @PathVariable long id) {
        return organisation.setEnabled(scope, id, false).orElseThrow(() -> Problem.notFound("人员"));
    }

    @PostMapping("/staff/{id}/enable")
    @PreAuthorize("hasRole('SECADMIN')")
    @Operation(summary = "重新启用账号（安全管理员；管理员账号除外）")
    StaffMember enable(Scope scope, @PathVariable long id) {
        return organisation.setEnabled(scope, id, true).orElseThrow(() -> Problem.notFound("人员"));
    }

    @GetMapping("/staff/export.xlsx")
    @Operation(summary = "导出人员台账（Excel）")
    ResponseEntity<byte[]> export(Scope scope, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String area,
            @RequestParam(required = false) String sort) {
        List<StaffMember> members = organisation.staff(scope, new StaffFilter(q, role, area, null), sort, 0, StaffLedger.MAX_ROWS).items();
        return StaffLedger.download(members, territory.names(members.stream().map(StaffMember::jurisdictionCode).distinct().toList(), scope));
    }
}
