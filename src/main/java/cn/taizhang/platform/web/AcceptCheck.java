package cn.taizhang.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
 * Refuses a change through the API whose {@code Accept} its endpoint cannot answer (406) before the endpoint
 * runs. Spring MVC finds out only when it writes the answer, after the endpoint has done its work: a case
 * was reported and committed, then the caller was told 406. Reads are left to Spring MVC's own negotiation
 * (nothing is done twice), and so are endpoints that choose their own content type (exports, documents,
 * GeoJSON as text) or answer no body.
 */
class AcceptCheck implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader("Accept");
        if (!(handler instanceof HandlerMethod method) || accept == null || accept.isBlank() || !request.getRequestURI().startsWith("/api/")
                || SAFE.contains(request.getMethod())) {
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

    /** What the endpoint answers with: its declared {@code produces}, else JSON for an object; none if it writes bytes or text. */
    private static List<MediaType> produced(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        if (mapping != null && mapping.produces().length > 0) {
            return Arrays.stream(mapping.produces()).map(MediaType::parseMediaType).toList();
        }
        Class<?> type = method.getReturnType().getParameterType();
        if (ResponseEntity.class.isAssignableFrom(type)) {
            type = method.getReturnType().nested().getNestedParameterType();
        }
        boolean ownBytes = type == byte[].class || type == String.class || Resource.class.isAssignableFrom(type) || type == void.class || type == Void.class;
        return ownBytes ? List.of() : JSON;
    }
}
