package cn.taizhang.demo;

import cn.taizhang.organisation.Organisation;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who just started the application where to go and how to sign in. */
@Component
class ReadyBanner {

    private final Organisation organisation;

    ReadyBanner(Organisation organisation) {
        this.organisation = organisation;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder text = new StringBuilder("\n台账 Taizhang is ready: http://localhost:").append(web.getWebServer().getPort()).append('\n');
        if (organisation.account(DemoSignIns.ALL.get(0).username()).isPresent()) {
            text.append("Demo sign-ins (password ").append(KailiOrganisation.PASSWORD).append("):\n");
            DemoSignIns.ALL.forEach(s -> text.append(String.format("  %-16s %s%s%n", s.username(), s.description(),
                    s.totpSecret() == null ? "" : "，动态口令密钥 " + s.totpSecret())));
        }
        System.out.println(text);
    }
}
