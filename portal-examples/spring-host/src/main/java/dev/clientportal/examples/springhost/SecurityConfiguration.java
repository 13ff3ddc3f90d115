package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.examples.demo.DemoCheckout;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web security of the portal: the contact's portal session authenticates {@code /portal/**}; the staff session
 * (the business's own sign-in) authenticates {@code /staff/**} and {@code /exports/**} in a chain of its own, where a
 * signed-in contact meets the same 404 as for anything else outside its scope; every form POST needs its CSRF token
 * (but Stripe's webhook, which its signature authenticates); pages may load nothing but the host's own styles,
 * images and script files, run no inline script, and cannot be framed; no page sends a Referer (sign-in and
 * document links carry secrets in their URLs).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffProperties.class)
class SecurityConfiguration {

    /**
     * The Content-Security-Policy of every response: own resources only, script only from the host's own files (the
     * upload progress; never inline), no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; form-action 'self'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'";
    /** Where "Pay now" redirects with Stripe keys set; browsers apply form-action to a form's redirects too. */
    static final String STRIPE_CHECKOUT = "https://checkout.stripe.com";

    /**
     * Staff passwords: BCrypt, behind Spring Security's delegating encoder so that a stored {@code {id}} prefix names
     * the algorithm and hashes can move to a stronger one later.
     *
     * @return the encoder
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The staff pages and exports: only a staff session opens them; without a session the browser goes to the staff
     * sign-in, and a contact's session answers 404 (a CSRF failure stays 403).
     */
    @Bean
    @Order(1)
    SecurityFilterChain staffSecurity(HttpSecurity http, ClientPortal portal, StaffDirectory directory,
                                      PortalProperties properties) throws Exception {
        http.securityMatcher("/staff", "/staff/**", "/exports/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/staff/sign-in").permitAll()
                        .anyRequest().hasRole("STAFF"))
                // the contact's session is read too, only to answer a signed-in contact 404 rather than a sign-in
                .addFilterBefore(new PortalSessions(portal), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new StaffSessions(directory), PortalSessions.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/staff/sign-in"))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(
                                denied instanceof CsrfException ? HttpStatus.FORBIDDEN.value()
                                        : HttpStatus.NOT_FOUND.value())));
        return common(http, properties).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientPortal portal, PortalProperties properties)
            throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/portal", "/portal/**").authenticated()
                        .anyRequest().permitAll())
                .addFilterBefore(new PortalSessions(portal), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/")))
                // Stripe's deliveries carry no session: their signature, checked by portal-stripe, authenticates them
                .csrf(csrf -> csrf.ignoringRequestMatchers(DemoCheckout.WEBHOOK_PATH));
        return common(http, properties).build();
    }

    /** What both chains share: the security headers, and none of Spring's own sign-in pages or session tricks. */
    private static HttpSecurity common(HttpSecurity http, PortalProperties properties) throws Exception {
        String policy = properties.stripe().configured()
                ? CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + STRIPE_CHECKOUT)
                : CONTENT_SECURITY_POLICY;
        return http
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
    }
}
