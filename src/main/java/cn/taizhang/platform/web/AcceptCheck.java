package cn.taizhang.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an API request whose {@code Accept} its endpoint cannot answer (406) before the endpoint runs.
 * Spring MVC finds out only when it writes the answer, after the endpoint has done its work: a case was
 * reported and committed, then the caller was told 406. Endpoints that write their own bytes (exports,
 * documents) or no body at all are left alone.
 */
class AcceptCheck implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader("Accept");
        if (!(handler instanceof HandlerMethod method) || accept == null || accept.isBlank() || !request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        List<MediaType> produced = produced(method);
        if (produced.isEmpty()) {
            return true;
        }
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(produced);
        }
        for (MediaType a : acceptable) {
            for (MediaType p : produced) {
                if (a.isCompatibleWith(p)) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(produced);
    }

    /** What the endpoint answers with: its declared {@code produces}, else JSON for an object; none if it writes bytes. */
    private static List<MediaType> produced(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        if (mapping != null && mapping.produces().length > 0) {
            return Arrays.stream(mapping.produces()).map(MediaType::parseMediaType).toList();
        }
        Class<?> type = method.getReturnType().getParameterType();
        if (ResponseEntity.class.isAssignableFrom(type)) {
            type = method.getReturnType().nested().getNestedParameterType();
        }
        boolean ownBytes = type == byte[].class || Resource.class.isAssignableFrom(type) || type == void.class || type == Void.class;
        return ownBytes ? List.of() : JSON;
    }
}
