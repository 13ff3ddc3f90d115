package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.examples.demo.DemoCheckout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web security of the portal: the contact's portal session authenticates {@code /portal/**}; every form POST
 * needs its CSRF token (but Stripe's webhook, which its signature authenticates); pages may load nothing but the
 * host's own styles and images, run no script, and cannot be framed; no page sends a Referer (sign-in and document
 * links carry secrets in their URLs).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The Content-Security-Policy of every response: own resources only, no script at all, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' data: https:; form-action 'self'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'";
    /** Where "Pay now" redirects with Stripe keys set; browsers apply form-action to a form's redirects too. */
    static final String STRIPE_CHECKOUT = "https://checkout.stripe.com";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientPortal portal, PortalProperties properties)
            throws Exception {
        String policy = properties.stripe().configured()
                ? CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + STRIPE_CHECKOUT)
                : CONTENT_SECURITY_POLICY;
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/portal", "/portal/**").authenticated()
                        .anyRequest().permitAll())
                .addFilterBefore(new PortalSessions(portal), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/")))
                // Stripe's deliveries carry no session: their signature, checked by portal-stripe, authenticates them
                .csrf(csrf -> csrf.ignoringRequestMatchers(DemoCheckout.WEBHOOK_PATH))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
