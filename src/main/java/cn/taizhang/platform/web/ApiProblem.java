package cn.taizhang.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on: an HTTP status, a stable machine code and a Chinese detail,
 * answered as application/problem+json. Thrown from anywhere below a controller.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldProblem> errors;

    public ApiProblem(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", what + "不存在");
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static ApiProblem invalid(List<FieldProblem> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", summary(errors), errors);
    }

    private static String summary(List<FieldProblem> errors) {
        return "输入有误：" + String.join("；", errors.stream().map(FieldProblem::detail).toList());
    }

    /** The RFC 9457 body: status, title, Chinese detail, the request path, plus {@code code} and {@code errors}. */
    public ProblemDetail toProblemDetail(String instance) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, getMessage());
        body.setTitle(status.getReasonPhrase());
        body.setInstance(uriOrNull(instance));
        body.setProperty("code", code);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return body;
    }

    /** The request path as a URI; none when the path itself was the bad input. */
    private static URI uriOrNull(String path) {
        try {
            return path == null || !TextCharacters.allowed(path) ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
