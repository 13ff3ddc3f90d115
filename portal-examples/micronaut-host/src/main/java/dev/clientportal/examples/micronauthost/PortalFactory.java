package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.analytics.AnalyticsSettings;
import dev.clientportal.core.files.FilePolicy;
import dev.clientportal.core.files.LocalFileStore;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.examples.demo.DevMailbox;
import dev.clientportal.examples.demo.PaymentChoice;
import dev.clientportal.jpa.JpaPortalStores;
import dev.clientportal.pdf.OpenPdfRenderer;
import dev.clientportal.stripe.StripeWebhooks;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.boot.MetadataSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the portal needs, wired from Micronaut's pieces: portal-jpa's entities added to the Hibernate
 * persistence unit Micronaut builds on its {@code DataSource}, Flyway running portal-jpa's migrations for the
 * configured database before Hibernate validates the schema, the portal's transactions on Micronaut's (so a portal
 * call inside a {@code @Transactional} method joins it), portal-pdf's renderer, files on disk, and payments through
 * portal-stripe (Stripe when keys are set, otherwise the offline demo checkout). A billing app copies this class.
 */
@Factory
class PortalFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PortalFactory.class);

    /**
     * Adds portal-jpa's entities to the persistence unit; they are package-private, so no scan of annotations
     * compiled into the app finds them.
     *
     * @return the listener that lists them in Hibernate's metadata sources
     */
    @Singleton
    BeanCreatedEventListener<MetadataSources> portalEntities() {
        return event -> {
            MetadataSources sources = event.getBean();
            JpaPortalStores.entityClasses().forEach(sources::addAnnotatedClass);
            return sources;
        };
    }

    /**
     * Points Flyway at portal-jpa's migrations for the configured database; Micronaut runs them when the
     * {@code DataSource} starts, before Hibernate checks the schema.
     *
     * @param database {@code h2} or {@code postgresql} ({@code portal.database})
     * @return the listener that sets the migrations' location
     */
    @Singleton
    BeanCreatedEventListener<FlywayConfigurationProperties> portalMigrations(
            @Value("${portal.database:h2}") String database) {
        return event -> {
            FlywayConfigurationProperties flyway = event.getBean();
            flyway.setLocations(JpaPortalStores.migrationLocation(database));
            return flyway;
        };
    }

    /**
     * The portal's view of Micronaut's transactions.
     *
     * @param operations Micronaut's Hibernate transaction manager
     * @return the runner the portal-jpa stores use
     */
    @Singleton
    MicronautTransactions portalTransactions(TransactionOperations<Session> operations) {
        return new MicronautTransactions(operations);
    }

    /**
     * Every store of the portal on the host's persistence unit, through the entity manager Micronaut binds to the
     * current transaction.
     *
     * @param factory          Micronaut's session factory
     * @param transactionBound Micronaut's proxy to the current transaction's session
     * @param transactions     the portal's view of Micronaut's transactions
     * @return the stores
     */
    @Singleton
    JpaPortalStores portalStores(EntityManagerFactory factory, EntityManager transactionBound,
                                 MicronautTransactions transactions) {
        return JpaPortalStores.create(factory, transactionBound, transactions);
    }

    /**
     * The portal itself: one per application, thread-safe.
     *
     * @param stores        the stores
     * @param dataDir       where shared files are kept ({@code portal.data-dir})
     * @param signInPage    the front end's page that redeems sign-in links ({@code portal.sign-in-page})
     * @param notifications where invitations and sign-in links go
     * @param payments      Stripe, or the demo checkout
     * @param maxFileBytes  the largest file clients may upload ({@code portal.files.max-bytes}), of the types
     *                      {@link FilePolicy#DEFAULTS} allows
     * @param viewBatch     the most views one write to the view log takes ({@code portal.analytics.view-batch};
     *                      1 writes each view as the request is served)
     * @param viewDelay     the longest a view waits for its batch ({@code portal.analytics.view-delay}); the
     *                      queue is written on that schedule and when the host stops ({@link PortalJobs})
     * @return the portal
     */
    @Singleton
    ClientPortal clientPortal(JpaPortalStores stores, @Value("${portal.data-dir}") Path dataDir,
                              @Value("${portal.sign-in-page}") URI signInPage, NotificationSender notifications,
                              PaymentChoice payments, @Value("${portal.files.max-bytes}") long maxFileBytes,
                              @Value("${portal.analytics.view-batch:500}") int viewBatch,
                              @Value("${portal.analytics.view-delay:1s}") Duration viewDelay) {
        return ClientPortal.builder()
                .clock(Clock.systemUTC())
                .stores(stores)
                .analyticsSettings(viewBatch == 1 ? AnalyticsSettings.DEFAULTS
                        : AnalyticsSettings.DEFAULTS.batchViews(viewBatch, viewDelay))
                .fileStore(LocalFileStore.in(dataDir.resolve("files")))
                .filePolicy(new FilePolicy(maxFileBytes, FilePolicy.DEFAULTS.allowedContentTypes()))
                .renderer(OpenPdfRenderer.create())
                .events(event -> LOG.info("portal event {} {}", event.type(), event.aggregateKey()))
                .notifications(notifications)
                .signInPage(signInPage)
                .gateway(payments.gateway())
                .build();
    }

    /**
     * How clients pay: Stripe Checkout with {@code portal.stripe.api-key} and {@code portal.stripe.webhook-secret},
     * otherwise the offline demo checkout ({@code /demo-checkout/<session>}); either way portal-stripe's webhook
     * handler records the payment.
     *
     * @param baseUrl       where the host is reached ({@code portal.base-url}); checkouts return there
     * @param apiKey        Stripe's secret key, empty for the demo
     * @param webhookSecret the signing secret of the host's {@code /stripe/webhook}, empty for the demo
     * @param stores        the stores, where Stripe customers are remembered
     * @return the gateway, the webhook secret, and the demo checkout when there is one
     */
    @Singleton
    PaymentChoice paymentChoice(@Value("${portal.base-url}") URI baseUrl,
                                @Value("${portal.stripe.api-key:}") String apiKey,
                                @Value("${portal.stripe.webhook-secret:}") String webhookSecret,
                                JpaPortalStores stores) {
        return PaymentChoice.of(baseUrl, baseUrl, apiKey, webhookSecret, stores);
    }

    /**
     * The handler of {@code POST /stripe/webhook}.
     *
     * @param payments how clients pay
     * @param portal   the portal
     * @return the handler
     */
    @Singleton
    StripeWebhooks stripeWebhooks(PaymentChoice payments, ClientPortal portal) {
        return payments.webhooks(portal.payments());
    }

    /**
     * Notifications: to the dev mailbox ({@code GET /dev/mailbox}) in the demo ({@code portal.dev-mailbox=true}),
     * otherwise none leave this host. A production app puts its mailer here.
     *
     * @param devMailbox whether the demo's mailbox receives them
     * @param mailbox    the demo's mailbox
     * @return the sender the portal delivers notifications to
     */
    @Singleton
    NotificationSender notificationSender(@Value("${portal.dev-mailbox:false}") boolean devMailbox,
                                          DevMailbox mailbox) {
        return devMailbox ? mailbox::deliver : NotificationSender.none();
    }

    /**
     * The demo's mailbox: what the portal would have mailed, newest first.
     *
     * @return an empty mailbox
     */
    @Singleton
    DevMailbox devMailbox() {
        return new DevMailbox();
    }
}
