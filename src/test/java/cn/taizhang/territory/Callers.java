package cn.taizhang.territory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.taizhang.platform.Scope;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who makes a territory test request. The fixtures live in fictional counties where no staff exist, so
 * these tests sign in a user holding just the scope and roles they need; scoping with real accounts
 * and real tokens is tested in cn.taizhang.access.JurisdictionScopingTests.
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
