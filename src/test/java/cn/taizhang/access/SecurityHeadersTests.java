package cn.taizhang.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** What a browser is told about every answer, through the real server (Tomcat writes the cookie's attributes). */
@IntegrationTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndTheApiSendTheBrowserPoliciesAndTheSessionCookieIsLaxAndHttpOnly() throws Exception {
        for (String path : List.of("/login", "/api/v1/cases")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("Permissions-Policy")).as(path).hasValue(SecurityConfiguration.PERMISSIONS);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as("%s over plain HTTP", path).isEmpty();
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    /**
     * A program's calls go through the token's own chain: the same policies, no session made for them, and a bad token
     * refused as such (401, not the 403 of a missing CSRF token).
     */
    @Test
    void aProgramsCallsWithATokenGetThePoliciesAndNoSession() throws Exception {
        String token = DemoUsers.tokenFor(mvc, "demo-gridworker", DemoUsers.PASSWORD);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases?size=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Authorization", "Bearer not-a-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"code\":\"INVALID_TOKEN\"");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
    }

    /** Behind a TLS proxy on this host (trusted by default): the cookie is Secure and HSTS is sent. */
    @Test
    void behindATrustedProxyThatTerminatesTlsTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
    }
}
