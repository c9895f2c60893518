package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.db.DatabaseOutage;
import cn.taizhang.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure into application/problem+json (RFC 9457) with a stable {@code code},
 * a Chinese {@code detail} and, for bad input, {@code errors} naming each field.
 * Pages outside /api get the same facts as an HTML error page.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Problem.class)
    Object apiProblem(Problem p, HttpServletRequest request) {
        return respond(request, p);
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getFieldErrors().stream()
                // a value that did not convert carries the converter's message, with Java class names: not for callers
                .map(f -> new FieldProblem(f.getField(), "INVALID_FIELD", f.getField() + "："
                        + (f.isBindingFailure() ? "值的格式不正确" : f.getDefaultMessage())))
                .toList();
        return respond(request, Problem.invalid(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), "INVALID_FIELD",
                        r.getMethodParameter().getParameterName() + "：" + err.getDefaultMessage())))
                .toList();
        return respond(request, Problem.invalid(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException je && JsonFailures.namesField(je)) {
            return respond(request, JsonFailures.problem(je, ""));
        }
        return respond(request, Problem.invalid("MALFORMED_BODY", "请求体不是有效的 JSON"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, Problem.invalid(List.of(
                new FieldProblem(e.getName(), "INVALID_FIELD", "参数 " + e.getName() + " 的值格式不正确"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, Problem.invalid(List.of(
                new FieldProblem(e.getParameterName(), "REQUIRED", "缺少参数 " + e.getParameterName()))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return respond(request, Problem.invalid("MISSING_HEADER", "缺少请求头 " + e.getHeaderName()));
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, Problem.invalid("UPLOAD_TOO_LARGE", "上传的文件过大，超过了允许的大小"));
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request) {
        return respond(request, Problem.invalid("BAD_UPLOAD", "上传内容无法解析"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, new Problem(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "不支持的内容类型 " + e.getContentType()));
    }

    /** Problem+json is sent even though not asked for, as RFC 9457 practice has it: the caller learns why. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(request, new Problem(Problem.Kind.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                "无法以请求的 Accept 类型作答，可用的类型：" + String.join("、", e.getSupportedMediaTypes().stream().map(Object::toString).toList())));
    }

    /** The firewall's refusal of a header value read by an endpoint (the others are refused before any endpoint). */
    @ExceptionHandler(RequestRejectedException.class)
    Object rejected(RequestRejectedException e, HttpServletRequest request) {
        return respond(request, Problem.invalid("INVALID_CHARACTERS", "请求头或参数含有不允许的字符"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, new Problem(Problem.Kind.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "不支持的请求方法 " + e.getMethod()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, Problem.notFound("资源"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "您的角色无权执行此操作"));
    }

    /**
     * The client went away while the answer was being written (a browser navigating on, a closed tab): nobody is left to
     * answer and nothing failed here, so one line and no stack trace.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.info("{} {}: the client closed the connection ({})", request.getMethod(), request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("{} {}: database unavailable: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            Object answer = respond(request, DatabaseGateFilter.problem());
            return answer instanceof ResponseEntity<?> entity
                    ? ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
                            .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS)).body(entity.getBody())
                    : answer;
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, new Problem(Problem.Kind.FAILED, "INTERNAL_ERROR", "服务器内部错误，请稍后重试"));
    }

    static Object respond(HttpServletRequest request, Problem p) {
        if (ProblemResponses.status(p).is4xxClientError()) {
            log.info("{} {} on {} {}: {}", ProblemResponses.status(p).value(), p.code(), request.getMethod(),
                    Logged.text(request.getRequestURI()), Logged.text(p.getMessage()));
        }
        if (!request.getRequestURI().startsWith("/api/") && acceptsHtml(request)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(ProblemResponses.status(p));
            page.addObject("status", ProblemResponses.status(p).value());
            page.addObject("detail", p.getMessage());
            return page;
        }
        return problemJson(request, p);
    }

    private static ResponseEntity<ProblemDetail> problemJson(HttpServletRequest request, Problem p) {
        return ResponseEntity.status(ProblemResponses.status(p)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemResponses.body(p, request.getRequestURI()));
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
