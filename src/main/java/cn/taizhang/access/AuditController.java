package cn.taizhang.access;

import cn.taizhang.access.chain.AuditVerification;
import cn.taizhang.access.chain.Verification;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "access")
class AuditController {

    private final AuditTrail audit;
    private final AuditVerification verification;

    AuditController(AuditTrail audit, AuditVerification verification) {
        this.audit = audit;
        this.verification = verification;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "审计日志（审计管理员）：按日期（北京时间，含结束日）、操作人、类型、对象、来源地址查询，最新的在前，时间为北京时间")
    ListResponse<AuditTrail.Entry> entries(Scope scope, @ParameterObject AuditFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 100);
        return audit.entries(scope, filter.checked(), paging.offset(), paging.size());
    }

    @GetMapping("/api/v1/audit/verification")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "校验审计日志哈希链（审计管理员）：第一处断裂、尚未封存的条数、链头与最近导出的链头")
    Verification verification() {
        return verification.verify();
    }
}
