package cn.taizhang.access;

import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * 三权分立 (GB/T 22239-2019 8.1.4.2): the three administrators see no business data — no cases, statistics, dashboards,
 * evaluations, briefings, notices, plain phone numbers. Each may reach only the pages and API of its duty, listed here
 * and nowhere else; anything else, including every endpoint added later, is refused with 403 {@code ADMIN_DUTIES_ONLY}
 * (problem+json for the API, an error page for pages), and the refusal of a change is audited like any other. The
 * controllers' own role checks still apply within these paths. The home page sends an administrator to its duty's page.
 */
class AdministratorDuties implements HandlerInterceptor {

    static final String CODE = "ADMIN_DUTIES_ONLY";

    /** The landing page of a duty and the paths it may reach. */
    private record Duty(String home, List<PathPattern> paths) {
        boolean allows(PathContainer path) {
            return paths.stream().anyMatch(p -> p.matches(path));
        }
    }

    /** Signing in and out, one's own password, second factor and tokens, the API's description. */
    private static final List<String> EVERY_ADMINISTRATOR = List.of("/login", "/login/**", "/error", "/me/password", "/api/v1/me/password",
            "/me/two-factor", "/api/v1/me/two-factor", "/api/v1/me/two-factor/**", "/api/v1/me/tokens", "/api/v1/me/tokens/**",
            "/api/v1/auth/token", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");

    private static final Map<Role, Duty> DUTIES = Map.of(
            // configures, in its console (/admin) and the API: the territory and its imports, case types, the working-day
            // calendar, the evaluation's weights, the registries' catalogues (place types, project kinds, person categories:
            // adds, edits, retires — not the records), the inspections' checklists (not the inspections), the county's
            // enterprise-service coordinator (not the visits); reads the sectors and departments
            Role.SYSADMIN, duty("/admin", "/admin", "/admin/**", "/areas", "/areas/**", "/api/v1/areas", "/api/v1/areas/**", "/api/v1/grids/**",
                    "/api/v1/overlays", "/api/v1/overlays/**", "/api/v1/territory/**", "/api/v1/case-types", "/api/v1/case-types/**",
                    "/api/v1/calendar/**", "/api/v1/evaluation-weights", "/api/v1/evaluation-weights/**", "/api/v1/sectors",
                    "/api/v1/departments", "/api/v1/place-types", "/api/v1/place-types/{code}", "/api/v1/project-kinds",
                    "/api/v1/project-kinds/{code}", "/api/v1/person-categories", "/api/v1/person-categories/{code}", "/api/v1/checklists",
                    "/api/v1/checklists/**", "/api/v1/enterprise-service/coordinator"),
            // accounts (phones masked; not the plain phone) and failed sign-ins; areas and departments to place an account
            Role.SECADMIN, duty("/accounts", "/accounts", "/accounts/**", "/sign-in-failures", "/sign-in-failures/**",
                    "/api/v1/staff", "/api/v1/staff/export.xlsx", "/api/v1/staff/{id}",
                    "/api/v1/staff/{id}/{action:disable|enable|password-reset|unlock|two-factor-reset}", "/api/v1/sign-in-failures",
                    "/api/v1/departments", "/api/v1/areas", "/api/v1/areas/**"),
            // reads, searches, exports and verifies the audit trail
            Role.AUDITOR, duty("/audit", "/audit", "/api/v1/audit", "/api/v1/audit/**"));

    private static Duty duty(String home, String... paths) {
        return new Duty(home, Stream.concat(EVERY_ADMINISTRATOR.stream(), Stream.of(paths)).map(PathPatternParser.defaultInstance::parse).toList());
    }

    /** The duty of an administrator, none for everyone else. An account holds at most one administrator role. */
    private static Duty dutyOf(Caller caller) {
        return caller == null ? null : caller.roles().stream().filter(Role::administrator).map(DUTIES::get).findFirst().orElse(null);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Duty duty = handler instanceof HandlerMethod ? dutyOf(AuditTrail.currentCaller()) : null; // static files hold no data
        if (duty == null) {
            return true;
        }
        PathContainer path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
                : PathContainer.parsePath(request.getRequestURI());
        if (path.value().equals("/") && !duty.home().equals("/") && "GET".equals(request.getMethod())) {
            response.sendRedirect(duty.home() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return false;
        }
        if (!duty.allows(path)) {
            throw new Problem(Problem.Kind.FORBIDDEN, CODE,
                    "系统管理员、安全管理员、审计管理员只能使用各自职责内的功能（三权分立），不能查看事件、统计、考评、通知、人员电话等业务数据");
        }
        return true;
    }
}
