package cn.taizhang.access.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taizhang.organisation.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondFactorPolicyTest {

    @Test
    void rolesAreNamedInAnyCaseWithSpacesAndAllMeansEveryRole() {
        assertThat(SecondFactorPolicy.of(" leader", "GRID_WORKER ").roles()).containsExactlyInAnyOrder(Role.LEADER, Role.GRID_WORKER);
        assertThat(SecondFactorPolicy.of("all").roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(SecondFactorPolicy.of(SecondFactorPolicy.DEFAULT.split(",")).requires(Set.of(Role.HANDLER, Role.AUDITOR))).isTrue();
        assertThat(SecondFactorPolicy.of(SecondFactorPolicy.DEFAULT.split(",")).requires(Set.of(Role.HANDLER, Role.INSPECTOR))).isFalse();
    }

    @Test
    void aMisspeltRoleStopsTheStart() {
        assertThatThrownBy(() -> SecondFactorPolicy.of("SYSADMIN", "AUDITER")).hasMessageContaining("no role AUDITER");
    }
}
