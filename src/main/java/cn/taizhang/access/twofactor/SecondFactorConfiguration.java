package cn.taizhang.access.twofactor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SecondFactorConfiguration {

    @Bean
    SecondFactorPolicy secondFactorPolicy(@Value("${taizhang.access.two-factor.roles:" + SecondFactorPolicy.DEFAULT + "}") String[] roles) {
        return SecondFactorPolicy.of(roles);
    }
}
