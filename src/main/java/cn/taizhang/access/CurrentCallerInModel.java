package cn.taizhang.access;

import cn.taizhang.platform.BeijingTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Every page's layout shows who is signed in: the model attribute {@code me}, added to pages only, with {@code zone},
 * the one time zone of {@code platform.BeijingTime}, for the scripts. (A
 * {@code @ModelAttribute} advice ran for every API call too, reflection included: 3% of the JVM's CPU when
 * reporting cases.)
 */
class CurrentCallerInModel implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page != null && !page.getModelMap().containsAttribute("me")) {
            page.addObject("me", AuditTrail.currentCaller());
        }
        // the pages' scripts show times in it (api.js reads the meta tag); not on a redirect, whose URL would carry it
        if (page != null && !page.wasCleared() && !(page.getViewName() != null && page.getViewName().startsWith("redirect:"))
                && !(page.getView() instanceof RedirectView)) {
            page.addObject("zone", BeijingTime.ZONE_ID);
        }
    }
}
