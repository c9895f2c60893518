package cn.taizhang.platform.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Lets a controller say what a change touched; the audit trail (which records every change made
 * through the API or the UI) adds it to the request's audit row. Without a note, the row carries
 * the method, path and status only.
 */
public final class AuditNote {

    public static final String ATTRIBUTE = "taizhang.audit.note";

    /** What changed: a type, its identifier, and identifiers of the state before and after. */
    public record Note(String targetType, String targetId, String beforeRef, String afterRef) {
    }

    private AuditNote() {
    }

    public static void changed(String targetType, String targetId, String beforeRef, String afterRef) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, new Note(targetType, targetId, beforeRef, afterRef), RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static void created(String targetType, String targetId) {
        changed(targetType, targetId, null, targetId);
    }
}
