package cn.taizhang.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

    private final AuditTrail audit;

    AccessWebConfiguration(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ChangeAuditInterceptor(audit)); // first: a refusal below is audited too
        registry.addInterceptor(new AdministratorDuties());
        registry.addInterceptor(new CurrentCallerInModel());
    }
}
