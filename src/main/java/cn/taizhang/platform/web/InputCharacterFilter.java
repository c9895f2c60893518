package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before Spring Security or any controller sees them, requests whose path, query string, form
 * fields or the headers the application reads are not decodable or carry characters no input may hold
 * ({@link TextCharacters}): 400 problem+json naming each one. Checked once here rather than in every
 * endpoint, since PostgreSQL fails on a NUL wherever it is stored or compared. JSON bodies are checked by
 * {@link InputJson}; multipart bodies are left to the endpoint that reads them, as parsing them here would
 * bypass its size limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the character encoding filter, long before Spring Security (-100)
class InputCharacterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InputCharacterFilter.class);
    private static final List<String> HEADERS_READ = List.of("Idempotency-Key", "If-Match", "If-None-Match");

    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    InputCharacterFilter(JsonMapper json, ApplicationEventPublisher events) {
        this.json = json;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> problems = problems(request);
        if (problems.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Problem problem = problems.get(0).code().equals("UNDECODABLE")
                ? new Problem(Problem.Kind.INVALID, "UNDECODABLE", "请求的地址或参数编码无效", problems)
                : TextCharacters.refused(problems);
        log.info("{} {} on {} {}: {}", ProblemResponses.status(problem).value(), problem.code(), request.getMethod(),
                Logged.text(request.getRequestURI()), Logged.text(problem.getMessage()));
        events.publishEvent(new InputRefused(request.getMethod(), request.getRequestURI(), readableParameters(request),
                request.getRemoteAddr()));
        response.setStatus(ProblemResponses.status(problem).value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemResponses.body(problem, request.getRequestURI()));
    }

    private static List<FieldProblem> problems(HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String path = StrictDecoding.decode(request.getRequestURI(), false);
        if (path == null) {
            problems.add(StrictDecoding.problem("path"));
            return problems;
        } else if (!TextCharacters.allowed(path) || path.chars().anyMatch(c -> c < 0x20)) { // no line breaks in a path either
            problems.add(TextCharacters.problem("path"));
        }
        StrictDecoding.query(request.getQueryString(), problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (isForm(request)) {
            request.getParameterMap().forEach((name, values) -> {
                if (!TextCharacters.allowed(name) || !allAllowed(values)) {
                    problems.add(TextCharacters.problem(name));
                }
            });
        }
        for (String header : HEADERS_READ) {
            String value = request.getHeader(header);
            if (value != null && !TextCharacters.allowed(value)) {
                problems.add(TextCharacters.problem(header));
            }
        }
        return problems;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static boolean allAllowed(String[] values) {
        for (String v : values) {
            if (!TextCharacters.allowed(v)) {
                return false;
            }
        }
        return true;
    }

    /** The form's fields with their first values, made storable; none from an undecodable query string. */
    private static Map<String, String> readableParameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (isForm(request) && StrictDecoding.decodable(request.getQueryString())) {
            request.getParameterMap().forEach((name, values) ->
                    parameters.put(TextCharacters.replaced(name), values.length == 0 ? "" : TextCharacters.replaced(values[0])));
        }
        return parameters;
    }
}
