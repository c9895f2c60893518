package cn.taizhang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * One application context for every integration test: a real embedded PostgreSQL (fresh each run,
 * under target/) loaded with the Kaili demo (without its simulated year of cases), a real server on a random port, and MockMvc.
 * Keep the properties identical everywhere so that Spring caches and shares the context.
 * A {@link SampleContributor} stands for the modules still to come at the figure seams.
 * With TAIZHANG_DB_URL set the same tests run against that external PostgreSQL instead (cleaned first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "taizhang.data-dir=target/test-data",
        "taizhang.db.clean-embedded=true",
        "spring.flyway.clean-disabled=false",
        // tests count the cases they make themselves, in grids with none this year
        "taizhang.demo.history=false",
        // every request of the suite's own HTTP clients comes from loopback: the hostile-input test's refused sign-ins
        // must not lock every later test out (SignInSecurityTests counts addresses of its own)
        "taizhang.access.lockout.address.exempt=127.0.0.1,0:0:0:0:0:0:0:1",
        // the data folder outlives a run, its database does not: heads exported by an earlier run would not match
        "taizhang.audit.head-dir=target/test-data/audit-heads/${random.uuid}",
        "taizhang.metrics.scrape-token=" + IntegrationTest.SCRAPE_TOKEN,
})
@AutoConfigureMockMvc
@Import({CleanExternalDatabase.class, SampleContributor.class})
public @interface IntegrationTest {

    /** What the suite's metrics scraper shows at /actuator/prometheus. */
    String SCRAPE_TOKEN = "suite-scrape-token-7f3a";
}
