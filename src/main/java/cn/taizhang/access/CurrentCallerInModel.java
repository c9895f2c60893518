package cn.taizhang.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every page's layout shows who is signed in: the model attribute {@code me}, added to pages only (an error page
 * rendered from an exception has no handler to pass here: the layout asks {@link SignedIn}). (A {@code @ModelAttribute}
 * advice ran for every API call too, reflection included: 3% of the JVM's CPU when reporting cases.)
 */
class CurrentCallerInModel implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page != null && !page.getModelMap().containsAttribute("me")) {
            page.addObject("me", AuditTrail.currentCaller());
        }
    }
}
