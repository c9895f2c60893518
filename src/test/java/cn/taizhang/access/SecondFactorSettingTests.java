package cn.taizhang.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.access.twofactor.SecondFactorConfiguration;
import cn.taizhang.access.twofactor.SecondFactorPolicy;
import cn.taizhang.access.twofactor.SecondFactorStore;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.support.IntegrationTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code taizhang.access.two-factor.roles}: the administrators by default, any role the setting names. The shared test
 * application keeps the default; the setting is read by its own small context here, and what it does to a leader is
 * shown by sign-in's real parts built with it.
 */
@IntegrationTest
class SecondFactorSettingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisation organisation;

    @Autowired
    SecondFactorStore store;

    @Autowired
    SecondFactors secondFactors;

    private static SecondFactorPolicy policyFrom(String... properties) {
        SecondFactorPolicy[] policy = new SecondFactorPolicy[1];
        new ApplicationContextRunner().withUserConfiguration(SecondFactorConfiguration.class).withPropertyValues(properties)
                .run(context -> policy[0] = context.getBean(SecondFactorPolicy.class));
        return policy[0];
    }

    @Test
    void theAdministratorsByDefaultAndEveryRoleTheSettingNames() {
        assertThat(policyFrom().roles()).containsExactlyInAnyOrder(Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR);
        assertThat(secondFactors.required(Set.of(Role.LEADER))).as("the shared application: default").isFalse();
        assertThat(policyFrom("taizhang.access.two-factor.roles=SYSADMIN,SECADMIN,AUDITOR,LEADER").requires(Set.of(Role.LEADER))).isTrue();
        assertThat(policyFrom("taizhang.access.two-factor.roles=ALL").roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(policyFrom("taizhang.access.two-factor.roles=").roles()).as("none: nobody must, anyone may").isEmpty();
        new ApplicationContextRunner().withUserConfiguration(SecondFactorConfiguration.class)
                .withPropertyValues("taizhang.access.two-factor.roles=SYSADMIN,LEADR")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("no role LEADR"));
    }

    @Test
    void aLeaderMustEnrolWhereTheSettingNamesLeaders() throws Exception {
        SecondFactors leadersToo = new SecondFactors(store, policyFrom("taizhang.access.two-factor.roles=SYSADMIN,SECADMIN,AUDITOR,LEADER"));
        CallerDetailsService callers = new CallerDetailsService(organisation, Duration.ofDays(90), leadersToo);
        Caller leader = callers.loadUserByUsername("demo-leader");
        assertThat(leader.secondFactorDue()).isTrue();
        assertThat(callers.loadUserByUsername("demo-dispatcher").secondFactorDue()).isFalse();

        var signedIn = authentication(UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));
        mvc.perform(get("/cases").with(signedIn).accept("text/html")).andExpect(header().string("Location", "/me/two-factor"));
        mvc.perform(get("/api/v1/areas/522601").with(signedIn))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("TWO_FACTOR_ENROLMENT_REQUIRED"));
        mvc.perform(get("/api/v1/me/two-factor").with(signedIn)).andExpect(status().isOk());
    }
}
