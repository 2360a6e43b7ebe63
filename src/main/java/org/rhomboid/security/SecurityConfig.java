package org.rhomboid.security;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.rhomboid.account.ApiTokens;
import org.rhomboid.account.SignInThrottle;
import org.rhomboid.account.PasskeySignIn;
import org.rhomboid.account.UserRepository;
import org.rhomboid.link.PublicLinks;
import org.rhomboid.account.access.Permission;
import org.rhomboid.security.domain.RateLimits;
import org.rhomboid.security.domain.SessionCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Two doors. The JSON API is stateless and takes bearer tokens (so CSRF does not apply); the web UI uses a
 * session cookie (the session kept in PostgreSQL, so any node serves it) with CSRF protection, an idle timeout
 * (server.servlet.session.timeout), an absolute lifetime and an account check on every request (SessionEndFilter),
 * and a strict CSP. Ahead of both, rate limits (RateLimitFilter).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Spring's ordering puts its security filter at -100: rate limits run before it, and before uploads are read. */
    private static final int BEFORE_EVERYTHING = Ordered.HIGHEST_PRECEDENCE + 10;

    /**
     * Cost 12 unless configured: the integration tests make hundreds of clinics (five staff passwords each) and sign
     * in hundreds of times, so they set cost 4 (application-test.properties) — the cost is BCrypt's, the code the same.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${rhomboid.security.password-cost:12}") int cost) {
        return new StaffPasswordEncoder(cost);
    }

    /**
     * The password is checked before whether the account is active, so a deactivated account costs the same BCrypt
     * round as any other and its answer takes as long (the message is the same for both anyway).
     */
    @Bean
    DaoAuthenticationProvider staffAuthentication(UserDetailsService staff, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staff);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    RateLimits rateLimits(@Value("${rhomboid.rate-limit.window:1m}") Duration window,
                          @Value("${rhomboid.rate-limit.sign-in-per-address:600}") int signIns,
                          @Value("${rhomboid.rate-limit.patient-links-per-address:600}") int patientLinks,
                          @Value("${rhomboid.rate-limit.api-per-address:6000}") int apiPerAddress,
                          @Value("${rhomboid.rate-limit.api-per-token:3000}") int apiPerToken) {
        return new RateLimits(window, signIns, patientLinks, apiPerAddress, apiPerToken);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, RequestCounter counter) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, counter));
        registration.setOrder(BEFORE_EVERYTHING);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Passkeys: Rhomboid's public address is the relying party (see ClinicRelyingParty). */
    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository accounts,
                                                UserCredentialRepository credentials, PublicLinks address) {
        return new ClinicRelyingParty(accounts, credentials, address);
    }

    /**
     * The Prometheus scrape: the scrape token only (MetricsScrapeFilter). Stateless, so a staff member's session
     * opens nothing here either; without the token, 401 problem+json and never the metrics.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${rhomboid.metrics.token:}") String token) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new MetricsScrapeFilter(token), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(MetricsScrapeFilter.AUTHORITY))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorizedScrape())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self'")));
        return http.build();
    }

    /**
     * The FHIR server (docs/fhir.md): the API's bearer tokens, stateless; refusals as OperationOutcome. Its
     * CapabilityStatement is public, as FHIR clients read it before they sign in.
     */
    @Bean
    @Order(2)
    SecurityFilterChain fhir(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/fhir/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorizedFhir())
                        .accessDeniedHandler(ProblemResponses.forbiddenFhir()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, UserRepository users, SignInThrottle throttle, PasskeySignIn passkeys,
                            @Value("${rhomboid.session.max-age:12h}") Duration maxAge) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionEndFilter(users, new SessionCheck(maxAge)), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        // A load balancer's checks (docs/scaling.md): the status only, never details.
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        // Patients reach only their own intake, measures or exercise portal, through a secret link.
                        .requestMatchers("/intake/**", "/measures/**", "/portal/**").permitAll()
                        // A therapist's calendar feed, fetched by calendar apps through its secret address.
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                        // Every route's own rule decides (account.access.Permission); admin pages are also
                        // refused here, before any controller.
                        .requestMatchers("/admin/**").hasAnyRole(Permission.ADMINISTER_CLINIC.roleNames())
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(new SignInCsrfTokens()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                // Passkeys through Spring Security's WebAuthn filters: /webauthn/register(/options) for a signed-in
                // person, /webauthn/authenticate/options and /login/webauthn to sign in. The filter keeps what it
                // verified in the request only; PasskeySignIn turns it into the staff member's session.
                .webAuthn(webAuthn -> webAuthn.rpName("Rhomboid").disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
                                filter.setAuthenticationSuccessHandler(passkeys);
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("SESSION"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
