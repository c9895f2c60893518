package cn.taizhang.platform.web;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.db.DatabaseAvailability;
import cn.taizhang.platform.db.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is away, requests that need it are answered at once with 503 and Retry-After instead of each
 * waiting out the pool's time-out; static files and the health endpoints are still served. A failure of the database
 * that surfaces in a filter before any controller (a token looked up as the server died) is answered the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseGateFilter extends OncePerRequestFilter {

    private final DatabaseAvailability database;
    private final JsonMapper json;

    DatabaseGateFilter(DatabaseAvailability database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!database.isUp() && needsDatabase(request.getRequestURI())) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            unavailable(request, response);
        }
    }

    private static boolean needsDatabase(String path) {
        return !(path.startsWith("/actuator/") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/img/") || path.equals("/favicon.ico"));
    }

    static Problem problem() {
        return new Problem(Problem.Kind.UNAVAILABLE, "DATABASE_UNAVAILABLE", "数据库暂时不可用，请 "
                + DatabaseOutage.RETRY_AFTER_SECONDS + " 秒后重试");
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem p = problem();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        body.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        body.put("detail", p.getMessage());
        body.put("instance", request.getRequestURI());
        body.put("code", p.code());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
