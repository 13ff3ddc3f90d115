package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.analytics.AnalyticsSettings;
import dev.clientportal.core.health.HealthMonitor;
import dev.clientportal.core.health.HealthThresholds;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.files.LocalFileStore;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.outbox.RelayResult;
import dev.clientportal.examples.demo.DevMailbox;
import dev.clientportal.examples.demo.PaymentChoice;
import dev.clientportal.jpa.JpaPortalStores;
import dev.clientportal.pdf.OpenPdfRenderer;
import dev.clientportal.stripe.StripeWebhooks;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything the portal needs, wired from Spring Boot's pieces: portal-jpa on Boot's {@code DataSource},
 * {@code EntityManagerFactory} and transactions, Flyway running portal-jpa's migrations, portal-pdf's renderer,
 * files on disk, payments through portal-stripe (Stripe when keys are set, otherwise the offline demo checkout that
 * posts signed Stripe events to the host's own webhook endpoint), events logged, and the two jobs every instance
 * runs on a schedule (the outbox relay and the automation run: reminders, recurring invoices, late fees), the view
 * log written in batches, and where notifications go ({@code Notifications}: the dev mailbox or SMTP). A billing app
 * copies this class.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PortalProperties.class)
@EntityScan(basePackageClasses = JpaPortalStores.class)
public class PortalConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PortalConfiguration.class);

    /** Creates the configuration; Spring calls it. */
    public PortalConfiguration() {
    }

    /**
     * Flyway runs portal-jpa's migrations for the configured database before JPA starts (Hibernate then validates).
     *
     * @param properties the host's settings
     * @return the customizer that points Flyway at the migrations in portal-jpa's jar
     */
    @Bean
    FlywayConfigurationCustomizer portalMigrations(PortalProperties properties) {
        return flyway -> flyway.locations(JpaPortalStores.migrationLocation(properties.database()));
    }

    /**
     * The portal's transactions are Spring's: a portal call inside a {@code @Transactional} method joins it.
     *
     * @param transactionManager Boot's JPA transaction manager
     * @return the runner the portal-jpa stores use
     */
    @Bean
    SpringTransactions portalTransactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(transactionManager);
    }

    /**
     * Every store of the portal on the host's persistence unit, through Spring's transaction-bound entity manager.
     *
     * @param factory      Boot's entity manager factory (scanning portal-jpa's entities)
     * @param transactions the portal's view of Spring's transactions
     * @return the stores
     */
    @Bean
    JpaPortalStores portalStores(EntityManagerFactory factory, SpringTransactions transactions) {
        return JpaPortalStores.create(factory, SharedEntityManagerCreator.createSharedEntityManager(factory),
                transactions);
    }

    /**
     * The portal itself: one per application, thread-safe.
     *
     * @param stores        the stores
     * @param properties    the host's settings (file directory, sign-in page)
     * @param notifications where invitations, sign-in links and receipts go
     * @param payments      Stripe, or the demo checkout
     * @param viewBatch     the most views one write to the view log takes ({@code portal.analytics.view-batch},
     *                      500; 1 writes each view as the page is served)
     * @param viewDelay     the longest a view waits for its batch ({@code portal.analytics.view-delay}, 1 s)
     * @return the portal
     */
    @Bean
    ClientPortal clientPortal(JpaPortalStores stores, PortalProperties properties,
                              NotificationSender notifications, PaymentChoice payments,
                              @Value("${portal.analytics.view-batch:500}") int viewBatch,
                              @Value("${portal.analytics.view-delay:1s}") Duration viewDelay) {
        return ClientPortal.builder()
                .clock(Clock.systemUTC())
                .stores(stores)
                .analyticsSettings(viewBatch == 1 ? AnalyticsSettings.DEFAULTS
                        : AnalyticsSettings.DEFAULTS.batchViews(viewBatch, viewDelay))
                .fileStore(LocalFileStore.in(properties.dataDir().resolve("files")))
                .renderer(OpenPdfRenderer.create())
                .events(event -> LOG.info("portal event {} {}", event.type(), event.aggregateKey()))
                .notifications(notifications)
                .signInPage(properties.signInPage())
                .gateway(payments.gateway())
                .build();
    }

    /**
     * How clients pay. With {@code portal.stripe.api-key} and {@code portal.stripe.webhook-secret}: Stripe Checkout,
     * its webhooks verified with that secret. Without them: the demo checkout, a page of this host whose "Pay" posts
     * the event Stripe would send, signed with a secret made at random on this start, to the same webhook endpoint.
     * Either way portal-stripe's handler records the payment; in the demo its Stripe client points at an address
     * where nothing listens, so nothing ever reaches Stripe.
     *
     * @param properties the host's settings
     * @param stores     the stores, where Stripe customers are remembered
     * @return the gateway, the webhook secret, and the demo checkout when there is one
     */
    @Bean
    PaymentChoice paymentChoice(PortalProperties properties, JpaPortalStores stores) {
        return PaymentChoice.of(properties.baseUrl(), properties.baseUrl().resolve("/portal"),
                properties.stripe().apiKey(), properties.stripe().webhookSecret(), stores);
    }

    /**
     * The handler of {@code POST /stripe/webhook}: signature check, the API version, the inbox that applies each
     * event once, and the payment recorded through the portal.
     *
     * @param payments how clients pay
     * @param portal   the portal
     * @return the handler
     */
    @Bean
    StripeWebhooks stripeWebhooks(PaymentChoice payments, ClientPortal portal) {
        return payments.webhooks(portal.payments());
    }

    /**
     * The jobs every instance runs; claims in the database keep two instances from doing the same work twice.
     *
     * @param portal the portal
     * @return the scheduled jobs
     */
    @Bean
    PortalJobs portalJobs(ClientPortal portal, HealthMonitor health) {
        return new PortalJobs(portal, health);
    }

    /**
     * Follows the scheduled jobs for the portal's health check ({@link PortalHealthIndicator}).
     *
     * @param maxOutboxBacklog  the most undelivered events that are still healthy
     * @param relaySilence      the longest time without a completed relay run
     * @param automationSilence the longest time without a completed automation run
     * @return the monitor, counting from now
     */
    @Bean
    HealthMonitor portalHealthMonitor(@Value("${portal.health.max-outbox-backlog:1000}") long maxOutboxBacklog,
                                      @Value("${portal.health.relay-silence:1m}") Duration relaySilence,
                                      @Value("${portal.health.automation-silence:1h}") Duration automationSilence) {
        return new HealthMonitor(new HealthThresholds(maxOutboxBacklog, relaySilence, automationSilence),
                Instant.now());
    }

    /**
     * The portal's scheduled work: relaying events the fast path missed, the automation run, and writing the views
     * queued for the view log (every {@code portal.analytics.view-delay}, and once more when the host stops).
     */
    static final class PortalJobs {

        private final ClientPortal portal;
        private final HealthMonitor health;

        PortalJobs(ClientPortal portal, HealthMonitor health) {
            this.portal = portal;
            this.health = health;
        }

        @Scheduled(fixedDelayString = "${portal.jobs.relay-delay:5s}",
                initialDelayString = "${portal.jobs.relay-delay:5s}")
        void relayEvents() {
            RelayResult result;
            try {
                result = portal.eventRelay().deliverDue(500);
            } catch (RuntimeException e) {
                health.relayFailed(e, Instant.now());
                throw e;
            }
            health.relayRan(result, Instant.now());
            if (result.delivered() + result.failed() > 0) {
                LOG.info("outbox relay: {} delivered, {} failed, {} remaining", result.delivered(), result.failed(),
                        result.remaining());
            }
        }

        @Scheduled(fixedDelayString = "${portal.analytics.view-delay:1s}",
                initialDelayString = "${portal.analytics.view-delay:1s}")
        void writeQueuedViews() {
            portal.analytics().flushViews();
        }

        /** At shutdown, while the database is still open; a failed write is logged by the portal with its count. */
        @PreDestroy
        void writeLastViews() {
            portal.analytics().flushViews();
        }

        @Scheduled(fixedDelayString = "${portal.jobs.automation-delay:15m}",
                initialDelayString = "${portal.jobs.automation-delay:15m}")
        void runAutomation() {
            RunResult result;
            try {
                result = portal.automation().runDue(Instant.now(), RunBudget.messages(500));
            } catch (RuntimeException e) {
                health.automationFailed(e, Instant.now());
                throw e;
            }
            health.automationRan(result, Instant.now());
            LOG.info("automation run: {} messages sent, {} invoices issued, {} late fees", result.sent(),
                    result.issued(), result.lateFeesApplied());
        }
    }

    /**
     * Where invitations, sign-in links, reminders and receipts go: the dev mailbox page in the demo
     * ({@code portal.dev-mailbox=true}); otherwise an SMTP server when {@code spring.mail.host} is set (Spring Boot's
     * {@code spring.mail.*}, from {@code portal.mail.from}); otherwise nowhere, logged without their bodies.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PortalProperties.class)
    static class Notifications {

        /** Creates the configuration; Spring calls it. */
        Notifications() {
        }

        /**
         * The portal's notification sender, chosen at start from the settings.
         *
         * @param properties the host's settings
         * @param mailbox    the demo's mailbox
         * @param mailSender Spring Boot's mail sender, there when {@code spring.mail.host} is set
         * @return the sender the portal delivers notifications to
         */
        @Bean
        NotificationSender notificationSender(PortalProperties properties, DevMailbox mailbox,
                                              ObjectProvider<JavaMailSender> mailSender) {
            JavaMailSender smtp = mailSender.getIfAvailable();
            if (properties.devMailbox()) {
                if (smtp != null) {
                    LOG.warn("spring.mail.host is set but portal.dev-mailbox=true: notifications go to the dev "
                            + "mailbox page, not to the mail server; set portal.dev-mailbox=false to mail them");
                }
                return mailbox::deliver;
            }
            if (smtp != null) {
                return SmtpNotificationSender.from(smtp, properties.mail().from());
            }
            return NotificationSender.none();
        }

        /**
         * The demo's mailbox: what the portal would have mailed, newest first, shown at {@code /dev/mailbox}.
         *
         * @return an empty mailbox
         */
        @Bean
        DevMailbox devMailbox() {
            return new DevMailbox();
        }
    }
}
