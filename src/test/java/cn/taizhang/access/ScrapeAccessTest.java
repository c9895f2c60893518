package cn.taizhang.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The separate management port cannot be opened in the shared test context: its rule is checked here. */
class ScrapeAccessTest {

    private static MockHttpServletRequest request(int localPort, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setLocalPort(localPort);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    @Test
    void onTheManagementPortAnyScraperIsLetInOnTheServerPortOnlyTheToken() {
        ScrapeAccess access = new ScrapeAccess("", 9090);
        assertThat(access.allows(request(9090, null))).isTrue();
        assertThat(access.allows(request(8080, null))).isFalse();
        assertThat(access.allows(request(8080, "Bearer "))).as("no token configured: an empty one is no token").isFalse();
    }

    @Test
    void theTokenMustMatchExactly() {
        ScrapeAccess access = new ScrapeAccess("s3cret", null);
        assertThat(access.allows(request(8080, "Bearer s3cret"))).isTrue();
        assertThat(access.allows(request(8080, "Bearer s3cre"))).isFalse();
        assertThat(access.allows(request(8080, "Bearer s3cret "))).isFalse();
        assertThat(access.allows(request(8080, "s3cret"))).isFalse();
        assertThat(access.allows(request(8080, null))).isFalse();
    }

    @Test
    void withNeitherNobodyReadsTheMetrics() {
        ScrapeAccess access = new ScrapeAccess(null, null);
        assertThat(access.allows(request(8080, null))).isFalse();
        assertThat(access.allows(request(8080, "Bearer "))).isFalse();
    }
}
