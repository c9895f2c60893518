package cn.taizhang.platform.web;

import cn.taizhang.platform.Scope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: bearer authentication, and no trace of the server-side scope parameter. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // the caller's Scope is resolved from their sign-in, never sent by the client
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Scope.class);
    }

    @Bean
    OpenAPI taizhangOpenApi() {
        return new OpenAPI()
                .info(new Info().title("台账 Taizhang API").version("v1").description("""
                        凯里市网格化基层治理平台接口。先用 POST /api/v1/auth/token 换取访问令牌，再以 \
                        Authorization: Bearer <token> 调用其他接口。列表返回 {"items": [...], "total": N}；\
                        错误返回 application/problem+json，含稳定的 code 和中文 detail。辖区以外的资源一律按不存在（404）处理。"""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
