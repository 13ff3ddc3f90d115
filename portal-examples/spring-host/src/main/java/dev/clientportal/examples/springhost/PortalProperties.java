package dev.clientportal.examples.springhost;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;

/**
 * The host's own settings ({@code portal.*} in {@code application.properties}).
 *
 * @param dataDir    where the H2 database and the uploaded files live
 * @param database   which of portal-jpa's migration sets to run: {@code h2} or {@code postgresql}
 * @param baseUrl    the address clients open the portal at; sign-in links in notifications point under it
 * @param devMailbox whether notifications go to the {@code /dev/mailbox} page instead of being mailed (demo only)
 * @param seedDemo   whether an empty database gets the demo workspace on start
 * @param stripe     Stripe's keys; without them paying goes through the offline demo checkout
 * @param mail       how notifications are mailed when {@code spring.mail.host} is set
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("./target/spring-host-data") Path dataDir,
                               @DefaultValue("h2") String database,
                               @DefaultValue("http://localhost:8080") URI baseUrl,
                               @DefaultValue("false") boolean devMailbox,
                               @DefaultValue("false") boolean seedDemo,
                               @DefaultValue Stripe stripe,
                               @DefaultValue Mail mail) {

    /**
     * The page that redeems sign-in links; the portal appends {@code ?token=…}.
     *
     * @return the absolute URL of the sign-in page
     */
    public URI signInPage() {
        return baseUrl.resolve("/sign-in");
    }

    /**
     * Stripe's keys ({@code portal.stripe.*}): both set, or neither (the offline demo checkout).
     *
     * @param apiKey        the secret or restricted key ({@code sk_…}, {@code rk_…}), empty for the demo checkout
     * @param webhookSecret the signing secret of the endpoint {@code /stripe/webhook} ({@code whsec_…})
     */
    public record Stripe(@DefaultValue("") String apiKey, @DefaultValue("") String webhookSecret) {

        /**
         * Refuses a key without a webhook secret: payments would start but never be recorded.
         *
         * @param apiKey        the secret or restricted key, empty for the demo checkout
         * @param webhookSecret the endpoint's signing secret
         */
        public Stripe {
            if (!apiKey.isBlank() && webhookSecret.isBlank()) {
                throw new IllegalStateException("portal.stripe.api-key is set but portal.stripe.webhook-secret is "
                        + "not: set the signing secret of the /stripe/webhook endpoint, or neither for the demo");
            }
        }

        /**
         * Whether payments go to Stripe rather than the demo checkout.
         *
         * @return whether a key is set
         */
        public boolean configured() {
            return !apiKey.isBlank();
        }

        /** Keeps the secrets out of logs and error messages. */
        @Override
        public String toString() {
            return "Stripe[apiKey=" + (apiKey.isBlank() ? "" : "****") + ", webhookSecret="
                    + (webhookSecret.isBlank() ? "" : "****") + "]";
        }
    }

    /**
     * How notifications are mailed over SMTP ({@code portal.mail.*}); the server itself is Spring Boot's
     * {@code spring.mail.*}.
     *
     * @param from the sender of every notification, one address with an optional name, e.g.
     *             {@code Northwind Studio <billing@northwind.example>}; required when {@code spring.mail.host} is set
     */
    public record Mail(@DefaultValue("") String from) {
    }
}
