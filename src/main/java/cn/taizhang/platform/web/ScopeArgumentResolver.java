package cn.taizhang.platform.web;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller declare a {@link Scope} parameter: the caller's jurisdiction, put on the request
 * by the access module once the caller is authenticated. A request without one is refused.
 */
class ScopeArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Scope.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Object scope = request.getNativeRequest(HttpServletRequest.class).getAttribute(Scope.REQUEST_ATTRIBUTE);
        if (scope instanceof Scope s) {
            return s;
        }
        throw new Problem(Problem.Kind.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录");
    }
}
