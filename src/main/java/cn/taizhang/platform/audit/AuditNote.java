package cn.taizhang.platform.audit;

import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit facts of the change request being handled. The access module opens a {@link Change} before the handler
 * runs; the code that makes the change says what it touched ({@link #changed}, {@link #created}) inside the change's
 * transaction, where the audit row is written as the transaction commits, so that no committed change lacks its row.
 * A request that commits nothing gets its row after it is answered, with its status.
 */
public final class AuditNote {

    private static final String NOTE = "taizhang.audit.note";
    private static final String CHANGE = "taizhang.audit.change";
    private static final String WRITTEN = "taizhang.audit.written";

    /** What changed: a type, its identifier, and identifiers of the state before and after. */
    public record Note(String targetType, String targetId, String beforeRef, String afterRef) {
    }

    /** Who asks for the change, from where, by which request. */
    public record Change(Long actorId, String actorUsername, String actorJurisdiction, String sourceAddress, String method,
            String path) {
    }

    private AuditNote() {
    }

    public static void changed(String targetType, String targetId, String beforeRef, String afterRef) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(NOTE, new Note(targetType, targetId, beforeRef, afterRef), RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static void created(String targetType, String targetId) {
        changed(targetType, targetId, null, targetId);
    }

    /** Marks the current request as a change to be audited. */
    public static void open(Change change) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(CHANGE, change, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The current request's change, if it is a change request. */
    public static Optional<Change> change() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty() : Optional.ofNullable((Change) attributes.getAttribute(CHANGE, RequestAttributes.SCOPE_REQUEST));
    }

    /** The note made so far. */
    public static Optional<Note> note() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty() : Optional.ofNullable((Note) attributes.getAttribute(NOTE, RequestAttributes.SCOPE_REQUEST));
    }

    /** The note made so far, taken: each committed change writes its own row with its own note. */
    public static Optional<Note> takeNote() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        Note note = (Note) attributes.getAttribute(NOTE, RequestAttributes.SCOPE_REQUEST);
        attributes.removeAttribute(NOTE, RequestAttributes.SCOPE_REQUEST);
        return Optional.ofNullable(note);
    }

    /** Says that a row of this request committed with its change, so none is written after the answer. */
    public static void written() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(WRITTEN, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static boolean isWritten() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null && Boolean.TRUE.equals(attributes.getAttribute(WRITTEN, RequestAttributes.SCOPE_REQUEST));
    }
}
