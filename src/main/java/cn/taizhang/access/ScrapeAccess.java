package cn.taizhang.access;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the metrics ({@code /actuator/prometheus}, 等保 8.1.4.4: no operational detail to the public): a
 * scraper that shows the configured token ({@code Authorization: Bearer …}), or any request on the separate
 * management port when one is configured — that port is meant to be reachable from the monitoring network only.
 * With neither configured, nobody.
 */
final class ScrapeAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] expected;
    private final Integer managementPort;

    /**
     * @param token          the scrape token, or blank for none
     * @param managementPort the separate management port, or null when the management endpoints share the server's
     */
    ScrapeAccess(String token, Integer managementPort) {
        this.expected = token == null || token.isBlank() ? null : (BearerTokenFilter.PREFIX + token).getBytes(StandardCharsets.UTF_8);
        this.managementPort = managementPort;
    }

    boolean allows(HttpServletRequest request) {
        if (managementPort != null && request.getLocalPort() == managementPort) {
            return true;
        }
        String header = request.getHeader("Authorization");
        // compared in constant time: the answer's timing tells nothing about how much of a guess was right
        return expected != null && header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(allows(context.getRequest()));
    }
}
