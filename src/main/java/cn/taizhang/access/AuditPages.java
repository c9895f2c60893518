package cn.taizhang.access;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's reading of the trail (审计日志): searched, paged, and exported to Excel — the export audited too. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "access")
class AuditPages {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_EXPORT = 100_000;

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(Scope scope, AuditFilter filter, @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<AuditTrail.Entry> entries = audit.entries(scope, filter.checked(), paging.offset(), paging.size());
        model.addAttribute("lines", entries.items().stream().map(AuditLine::of).toList());
        model.addAttribute("total", entries.total());
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.query());
        model.addAttribute("actions", AuditLabels.ACTIONS);
        model.addAttribute("targets", AuditLabels.TARGETS);
        model.addAttribute("page", paging.page());
        model.addAttribute("pages", Math.max(1, (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "access/audit";
    }

    @GetMapping("/api/v1/audit/export.xlsx")
    @Operation(summary = "导出审计日志（Excel，筛选条件同列表，北京时间、中文说明；导出本身记入审计日志）")
    ResponseEntity<byte[]> export(Scope scope, @ParameterObject AuditFilter filter, HttpServletRequest request) {
        List<AuditTrail.Entry> entries = audit.entries(scope, filter.checked(), 0, MAX_EXPORT).items();
        audit.exported(AuditTrail.currentCaller(), request, filter, entries.size());
        return ExcelSheet.download("审计日志.xlsx", "审计日志", AuditLine.HEADERS, entries.stream().map(e -> AuditLine.of(e).cells()).toList());
    }
}
