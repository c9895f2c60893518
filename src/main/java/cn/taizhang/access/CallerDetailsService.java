package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class CallerDetailsService implements UserDetailsService {

    private final Organisation organisation;
    private final Duration passwordMaxAge;
    private final SecondFactors secondFactors;

    CallerDetailsService(Organisation organisation, @Value("${taizhang.access.password.max-age:90d}") Duration passwordMaxAge,
            SecondFactors secondFactors) {
        this.organisation = organisation;
        this.passwordMaxAge = passwordMaxAge;
        this.secondFactors = secondFactors;
    }

    /** Usernames are matched without regard to case: Demo-Leader is demo-leader. */
    @Override
    public Caller loadUserByUsername(String username) {
        return organisation.account(username).map(account -> new Caller(account, account.passwordChangeDue(Instant.now(), passwordMaxAge),
                        secondFactors.required(account.roles()) && !secondFactors.enrolled(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
