package cn.taizhang.platform.web;

import cn.taizhang.platform.db.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
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

    @ExceptionHandler(ApiProblem.class)
    Object apiProblem(ApiProblem p, HttpServletRequest request) {
        return respond(request, p);
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "INVALID_FIELD", f.getField() + "：" + f.getDefaultMessage()))
                .toList();
        return respond(request, ApiProblem.invalid(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), "INVALID_FIELD",
                        r.getMethodParameter().getParameterName() + "：" + err.getDefaultMessage())))
                .toList();
        return respond(request, ApiProblem.invalid(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException je && !je.getPath().isEmpty()) {
            String field = pathOf(je);
            return respond(request, ApiProblem.invalid(List.of(
                    new FieldProblem(field, "INVALID_FIELD", "字段 " + field + " 的值类型或格式不正确"))));
        }
        return respond(request, ApiProblem.badRequest("MALFORMED_BODY", "请求体不是有效的 JSON"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, ApiProblem.invalid(List.of(
                new FieldProblem(e.getName(), "INVALID_FIELD", "参数 " + e.getName() + " 的值格式不正确"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, ApiProblem.invalid(List.of(
                new FieldProblem(e.getParameterName(), "REQUIRED", "缺少参数 " + e.getParameterName()))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return respond(request, ApiProblem.badRequest("MISSING_HEADER", "缺少请求头 " + e.getHeaderName()));
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, ApiProblem.badRequest("UPLOAD_TOO_LARGE", "上传的文件过大，超过了允许的大小"));
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request) {
        return respond(request, ApiProblem.badRequest("BAD_UPLOAD", "上传内容无法解析"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "不支持的内容类型 " + e.getContentType()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "不支持的请求方法 " + e.getMethod()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, ApiProblem.notFound("资源"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, new ApiProblem(HttpStatus.FORBIDDEN, "FORBIDDEN", "您的角色无权执行此操作"));
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
        return respond(request, new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "服务器内部错误，请稍后重试"));
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static Object respond(HttpServletRequest request, ApiProblem p) {
        if (!request.getRequestURI().startsWith("/api/") && acceptsHtml(request)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(p.status());
            page.addObject("status", p.status().value());
            page.addObject("detail", p.getMessage());
            return page;
        }
        return ResponseEntity.status(p.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p.toProblemDetail(request.getRequestURI()));
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
