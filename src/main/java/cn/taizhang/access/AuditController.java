package cn.taizhang.access;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "access")
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "审计日志（审计管理员）")
    ListResponse<AuditTrail.Entry> entries(Scope scope, @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 100);
        return audit.entries(scope, action, paging.offset(), paging.size());
    }
}
