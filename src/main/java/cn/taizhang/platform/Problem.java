package cn.taizhang.platform;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, as the domain says it: its {@link Kind}, a stable machine code, a Chinese detail and
 * the fields at fault. Thrown from anywhere; the web edge alone decides how each kind is answered (the HTTP status, as
 * application/problem+json or an error page), in {@code platform.web.ProblemAdvice}. Plain Java, free of Spring.
 */
public class Problem extends RuntimeException {

    /** What went wrong, in the domain's terms. */
    public enum Kind {
        /** The input is wrong: a field, a parameter, the body. */
        INVALID,
        /** Nobody is signed in, or the sign-in has ended. */
        UNAUTHENTICATED,
        /** The caller may not do this. */
        FORBIDDEN,
        /** No such thing, or none the caller may see. */
        NOT_FOUND,
        /** The resource does not take this method. */
        METHOD_NOT_ALLOWED,
        /** No answer in a form the caller accepts. */
        NOT_ACCEPTABLE,
        /** The request clashes with the state of things (a duplicate, a state that does not allow it). */
        CONFLICT,
        /** Someone changed the thing since the caller read it (its version is stale). */
        STALE,
        /** A change needs the version the caller read (If-Match) and none was given. */
        VERSION_REQUIRED,
        /** A body of a type the resource does not read. */
        UNSUPPORTED_MEDIA_TYPE,
        /** Well-formed but cannot be carried out as asked. */
        UNPROCESSABLE,
        /** A part the product needs (the database) is not answering. */
        UNAVAILABLE,
        /** An unexpected failure of the product itself. */
        FAILED
    }

    private final Kind kind;
    private final String code;
    private final List<FieldProblem> errors;

    public Problem(Kind kind, String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public Problem(Kind kind, String code, String detail) {
        this(kind, code, detail, List.of());
    }

    public static Problem notFound(String what) {
        return new Problem(Kind.NOT_FOUND, "NOT_FOUND", what + "不存在");
    }

    /** Bad input as a whole (a malformed body, a missing header), with its code. */
    public static Problem invalid(String code, String detail) {
        return new Problem(Kind.INVALID, code, detail);
    }

    /** Bad input field by field: every problem found, not only the first. */
    public static Problem invalid(List<FieldProblem> errors) {
        return new Problem(Kind.INVALID, "VALIDATION_FAILED", "输入有误：" + String.join("；", errors.stream().map(FieldProblem::detail).toList()),
                errors);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** Members the answer carries besides code and errors (e.g. the actions a case does allow). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
