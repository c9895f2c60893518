package cn.taizhang.access;

import jakarta.servlet.DispatcherType;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.MapTiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One chain for pages and API: a server session with CSRF protection for the browser, bearer tokens
 * (no CSRF, no session) for programs. Unauthenticated API calls answer 401 problem+json; pages
 * redirect to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /** The report form locates the reporter (geolocation); photos come through a file input, which needs no camera. */
    static final String PERMISSIONS = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";

    /**
     * 等保 8.1.4.4: scripts only from our own files, never inline, evaluated or from elsewhere, so that markup slipping
     * into a page cannot run; no plugins, no foreign base, forms, frames or connections; maps draw without outside tile
     * servers. Styles keep 'unsafe-inline': ECharts writes its tooltips as HTML with style attributes and the pages keep
     * small style elements; a style cannot run script.
     */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy("");

    /** The policy, images also from the city's tile server when it has one ({@code platform.web.MapTiles}). */
    static String contentSecurityPolicy(String tileSource) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (tileSource.isEmpty() ? "" : " " + tileSource) + "; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * No observations of Spring Security's filters, requests or authorizations: one per filter per request
     * cost more than the rest of a small request, and even switched off (management.observations) their
     * decorator around every filter took 4% of the CPU of creating cases (JFR). Requests are still timed
     * as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The default firewall with its character rules checked without regular expressions ({@link FirewallCharacters}). */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::nameAllowed);
        firewall.setAllowedHeaderValues(FirewallCharacters::headerValueAllowed);
        firewall.setAllowedParameterNames(FirewallCharacters::nameAllowed);
        return web -> web.httpFirewall(firewall);
    }

    /**
     * A request the firewall refuses (a header value or parameter name with control characters, an
     * unnormalised path) is bad input like any other: 400 problem+json, not an exception.
     */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, e) -> problems.write(request, response,
                Problem.invalid("INVALID_CHARACTERS", "请求的地址、参数名或请求头含有不允许的字符"));
    }

    /**
     * @param apiDocsPublic   the API description and its browser for everyone ({@code taizhang.api-docs.public}); by
     *                        default only for those signed in, as it maps every operation an attacker could try
     * @param scrapeToken     the token a metrics scraper shows ({@code taizhang.metrics.scrape-token})
     * @param managementPort  a separate port for the actuator ({@code management.server.port}), where metrics are open
     */
    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, TokenCallers callers, SessionCallers sessionCallers, ProblemWriter problems,
            SignInHandlers signIn, @Value("${taizhang.api-docs.public:false}") boolean apiDocsPublic,
            @Value("${taizhang.metrics.scrape-token:}") String scrapeToken,
            @Value("${management.server.port:#{null}}") Integer managementPort,
            @Value("${server.port:8080}") int serverPort, MapTiles tiles) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher apiDocs = PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**");
        RequestMatcher metrics = PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus");
        ScrapeAccess scrapers = new ScrapeAccess(scrapeToken, managementPort == null || managementPort == serverPort ? null : managementPort);
        RequestMatcher bearer = request -> BearerTokenFilter.tokenOf(request).isPresent();
        RequestMatcher tokenEndpoint = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/auth/token");
        // password right, second factor still to come: not signed in, but told where to go on
        RequestMatcher pending = request -> SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn;
        http
                .authorizeHttpRequests(authorize -> authorize
                        // a streamed download (an export of any length) finishes on an async dispatch of a request
                        // that was authorised when it started; the bearer token is not read again there
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/login", SecondFactorSignIn.PAGE, "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        // the installable app: its manifest, icons, service worker and offline page carry no data
                        .requestMatchers("/manifest.webmanifest", "/icons/**", "/sw.js", "/offline.html").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(metrics).access(scrapers)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .access((authentication, context) -> new AuthorizationDecision(apiDocsPublic || signedIn(authentication.get())))
                        .requestMatchers(tokenEndpoint).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(signIn).failureHandler(signIn))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, tokenEndpoint))
                // 等保 8.1.4: no page address leaks to other sites, no device a page does not need, HTTPS kept once
                // seen (Spring sends HSTS on secure requests only, so a plain-HTTP development server is unaffected)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles.source())))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .addFilterBefore(new BearerTokenFilter(callers, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionCallerFilter(sessionCallers), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .defaultAccessDeniedHandlerFor((request, response, e) -> {
                            if (api.matches(request)) {
                                problems.write(request, response, new Problem(Problem.Kind.UNAUTHENTICATED, "TWO_FACTOR_REQUIRED",
                                        "登录尚未完成：请先输入动态口令（" + SecondFactorSignIn.PAGE + "）"));
                            } else {
                                response.sendRedirect(SecondFactorSignIn.PAGE);
                            }
                        }, pending)
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(request, response,
                                new Problem(Problem.Kind.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录或提供有效的访问令牌")),
                                new OrRequestMatcher(api, apiDocs))
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(request, response,
                                new Problem(Problem.Kind.UNAUTHENTICATED, "SCRAPE_TOKEN_REQUIRED", "读取监控指标须提供抓取令牌，或经管理端口访问")), metrics)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> problems.write(request, response,
                                new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "请求被拒绝（可能缺少 CSRF 令牌或权限不足）")), api));
        return http.build();
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
