package cn.taizhang.territory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.taizhang.platform.Scope;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who makes a test request. Until the access module authenticates callers and sets their scope, this
 * stands in for it: the one place to change when it lands.
 */
final class Callers {

    private Callers() {
    }

    static RequestPostProcessor caller(String areaPrefix, String... roles) {
        RequestPostProcessor user = user("x").roles(roles);
        RequestPostProcessor csrf = csrf();
        return request -> {
            request.setAttribute(Scope.REQUEST_ATTRIBUTE, Scope.area(areaPrefix));
            return csrf.postProcessRequest(user.postProcessRequest(request));
        };
    }
}
