package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class CallerDetailsService implements UserDetailsService {

    private final Organisation organisation;

    CallerDetailsService(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public Caller loadUserByUsername(String username) {
        return organisation.account(username).map(Caller::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
