package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer from inside the security filters, where no controller advice runs. */
@Component
class ProblemWriter {

    private static final Logger log = LoggerFactory.getLogger(ProblemWriter.class);

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        log.info("{} {} on {} {}", ProblemResponses.status(problem).value(), problem.code(), request.getMethod(), request.getRequestURI()); // still encoded: one line
        response.setStatus(ProblemResponses.status(problem).value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemResponses.body(problem, request.getRequestURI()));
    }
}
