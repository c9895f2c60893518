package cn.taizhang.platform.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to what never reaches the application (an undecodable or encoded-slash path, a NUL in
 * it, oversized headers) and to failures outside Spring MVC: problem+json like every other answer,
 * never Tomcat's HTML page with its version and stack trace. Installed as the host's error report valve
 * by {@link TomcatErrors}; Tomcat creates it by its class name.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String method = request.getMethod();
        String path = Logged.text(request.getDecodedRequestURI());
        if (status >= 500) {
            log.error("{} on {} {}", status, method, path, failure);
        } else {
            log.info("{} on {} {}: refused by the server before the application", status, method, path);
        }
        try {
            response.reset();
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out != null) {
                out.write(body(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem for {} {}", method, path, e);
        }
    }

    private static String body(int status) {
        String code = switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413, 431 -> "REQUEST_TOO_LARGE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
        String detail = switch (status) {
            case 400 -> "请求无效：地址的编码、其中的字符或请求头不合规范";
            case 404 -> "资源不存在";
            case 405 -> "不支持的请求方法";
            case 413, 431 -> "请求或请求头过大";
            default -> status >= 500 ? "服务器内部错误，请稍后重试" : "请求无效";
        };
        return "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
