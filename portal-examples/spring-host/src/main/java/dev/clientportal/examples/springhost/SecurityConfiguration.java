package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web security of the portal: the contact's portal session authenticates {@code /portal/**}; every form POST
 * needs its CSRF token; pages may load nothing but the host's own styles and images, run no script, and cannot be
 * framed; no page sends a Referer (sign-in and document links carry secrets in their URLs).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The Content-Security-Policy of every response: own resources only, no script at all, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' data: https:; form-action 'self'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientPortal portal) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/portal", "/portal/**").authenticated()
                        .anyRequest().permitAll())
                .addFilterBefore(new PortalSessions(portal), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/")))
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
