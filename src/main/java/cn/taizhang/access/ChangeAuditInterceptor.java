package cn.taizhang.access;

import cn.taizhang.platform.audit.AuditNote;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every change made through the API or the UI — every handled request that is not a read — with who, when,
 * from where, what (method, path) and the identifiers the handling code noted. The row of a change that commits is
 * written in the change's own transaction ({@link AuditedTransactions}); a request that commits nothing (refused,
 * failed, a retry answered with the earlier result) gets its row here, after the answer, with its status. Sign-in and
 * token requests are audited where they happen, with their outcome.
 */
class ChangeAuditInterceptor implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditTrail audit;

    ChangeAuditInterceptor(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (audited(request, handler)) {
            Caller caller = AuditTrail.currentCaller();
            AuditNote.open(new AuditNote.Change(caller == null ? null : caller.id(), caller == null ? null : caller.getUsername(),
                    caller == null ? null : caller.jurisdictionCode(), request.getRemoteAddr(), request.getMethod(), request.getRequestURI()));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!audited(request, handler) || AuditNote.isWritten()) {
            return;
        }
        AuditNote.Note note = AuditNote.takeNote().orElse(null);
        String targetId = note != null ? note.targetId() : pathVariables(request);
        audit.record(AuditNote.change().orElseThrow(), response.getStatus(),
                note == null ? new AuditNote.Note(null, targetId, null, null) : note);
    }

    private static boolean audited(HttpServletRequest request, Object handler) {
        return !READS.contains(request.getMethod()) && handler instanceof HandlerMethod method
                && !method.getBeanType().equals(TokenController.class) && !method.getBeanType().equals(SecondFactorSignIn.class);
    }

    @SuppressWarnings("unchecked")
    private static String pathVariables(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> map && !map.isEmpty() ? String.join(",", ((Map<String, String>) map).values()) : null;
    }
}
