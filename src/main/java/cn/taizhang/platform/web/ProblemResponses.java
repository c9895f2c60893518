package cn.taizhang.platform.web;

import cn.taizhang.platform.Problem;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** How the web answers a {@link Problem}: the one place where a kind of failure becomes an HTTP status. */
public final class ProblemResponses {

    private static final Map<Problem.Kind, HttpStatus> STATUS = new EnumMap<>(Map.ofEntries(
            Map.entry(Problem.Kind.INVALID, HttpStatus.BAD_REQUEST),
            Map.entry(Problem.Kind.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED),
            Map.entry(Problem.Kind.FORBIDDEN, HttpStatus.FORBIDDEN),
            Map.entry(Problem.Kind.NOT_FOUND, HttpStatus.NOT_FOUND),
            Map.entry(Problem.Kind.METHOD_NOT_ALLOWED, HttpStatus.METHOD_NOT_ALLOWED),
            Map.entry(Problem.Kind.NOT_ACCEPTABLE, HttpStatus.NOT_ACCEPTABLE),
            Map.entry(Problem.Kind.CONFLICT, HttpStatus.CONFLICT),
            Map.entry(Problem.Kind.STALE, HttpStatus.PRECONDITION_FAILED),
            Map.entry(Problem.Kind.VERSION_REQUIRED, HttpStatus.PRECONDITION_REQUIRED),
            Map.entry(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(Problem.Kind.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry(Problem.Kind.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry(Problem.Kind.FAILED, HttpStatus.INTERNAL_SERVER_ERROR)));

    private ProblemResponses() {
    }

    public static HttpStatus status(Problem p) {
        return STATUS.get(p.kind());
    }

    /** The RFC 9457 body: status, title, Chinese detail, the request path, plus {@code code} and {@code errors}. */
    public static ProblemDetail body(Problem p, String instance) {
        HttpStatus status = status(p);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, p.getMessage());
        body.setTitle(status.getReasonPhrase());
        body.setInstance(uriOrNull(instance));
        body.setProperty("code", p.code());
        if (!p.errors().isEmpty()) {
            body.setProperty("errors", p.errors());
        }
        p.properties().forEach(body::setProperty);
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
}
