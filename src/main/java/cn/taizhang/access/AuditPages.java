package cn.taizhang.access;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's reading of the trail (审计日志), and its Excel export. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

    private static final int SHOWN = 200;
    private static final int MAX_EXPORT = 100_000;
    static final List<String> ACTIONS = List.of("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_LOCKED", "SIGN_IN_UNLOCKED", "CHANGE", "PERSONAL_DATA_VIEWED");

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(Scope scope, @RequestParam(required = false) String action, Model model) {
        String chosen = known(action);
        model.addAttribute("entries", audit.entries(scope, chosen, 0, SHOWN));
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("action", chosen);
        return "access/audit";
    }

    @GetMapping("/api/v1/audit/export.xlsx")
    ResponseEntity<byte[]> export(Scope scope, @RequestParam(required = false) String action) {
        String chosen = known(action);
        List<List<Object>> rows = audit.entries(scope, chosen, 0, MAX_EXPORT).items().stream()
                .map(e -> Arrays.<Object>asList(e.at().toString(), e.action(), e.actorUsername(), e.actorJurisdiction(),
                        e.sourceAddress(), e.method(), e.path(), e.status(), e.targetType(), e.targetId(), e.beforeRef(),
                        e.afterRef(), e.detail()))
                .toList();
        return ExcelSheet.download("审计日志.xlsx", "审计日志", List.of("时间", "类型", "操作人", "操作人辖区", "来源地址", "方法", "路径",
                "状态码", "对象类型", "对象", "变更前", "变更后", "说明"), rows);
    }

    /** The action to filter by, or null for all (an unknown one filters nothing rather than failing). */
    private static String known(String action) {
        return action != null && ACTIONS.contains(action) ? action : null;
    }
}
