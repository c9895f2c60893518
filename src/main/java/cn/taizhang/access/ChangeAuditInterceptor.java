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
 * Records every change made through the API or the UI — every handled request that is not a read —
 * with who, when, from where, what (method, path, status) and the identifiers the controller noted.
 * Sign-in and token requests are audited where they happen, with their outcome.
 */
class ChangeAuditInterceptor implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditTrail audit;

    ChangeAuditInterceptor(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (READS.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)
                || method.getBeanType().equals(TokenController.class)) {
            return;
        }
        AuditNote.Note note = (AuditNote.Note) request.getAttribute(AuditNote.ATTRIBUTE);
        String targetId = note != null ? note.targetId() : pathVariables(request);
        audit.record("CHANGE", AuditTrail.currentCaller(), request.getRemoteAddr(), request.getMethod(), request.getRequestURI(),
                response.getStatus(), note == null ? null : note.targetType(), targetId,
                note == null ? null : note.beforeRef(), note == null ? null : note.afterRef());
    }

    @SuppressWarnings("unchecked")
    private static String pathVariables(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> map && !map.isEmpty() ? String.join(",", ((Map<String, String>) map).values()) : null;
    }
}
