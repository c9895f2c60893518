package cn.taizhang.access;

import cn.taizhang.platform.web.InputRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A form sign-in refused for its characters before Spring Security saw it is still a failed sign-in, and
 * is audited as one (its username with the offending characters replaced, as the trail must store it).
 */
@Component
class RefusedSignIns {

    private final AuditTrail audit;

    RefusedSignIns(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(InputRefused refused) {
        if (refused.method().equals("POST") && refused.path().equals("/login")) {
            audit.signInFailed(refused.parameters().get("username"), refused.sourceAddress(), "web");
        }
    }
}
