package dev.clientportal.benchmarks;

import com.stripe.Stripe;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.jpa.JpaPortalStores;
import dev.clientportal.stripe.StripePaymentGateway;
import dev.clientportal.stripe.StripeSettings;
import dev.clientportal.stripe.StripeWebhooks;
import dev.clientportal.stripe.WebhookResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Stripe webhook verified, deduplicated and applied on one host instance over the local PostgreSQL, beside its
 * bare bounds in the same run. {@code verifyDedupeApply}: four threads hand {@code StripeWebhooks.handle} a fresh,
 * locally signed {@code payment_intent.succeeded} (built and signed in the measured call) about the thread's own
 * client's invoice; each is verified (HMAC, timestamp, API version), translated, let into the gateway-event inbox once
 * and applied in one transaction through {@link JpaPortalStores} (the first pays the invoice, the rest become client
 * credit). The bounds: the signature check alone ({@code Webhook.Signature.verifyHeader}) on a payload of the same
 * size, and a plain JDBC insert of an inbox row with its commit. Each runs with the events of one workspace and with a
 * workspace per thread ({@link #workspaces}). After every iteration the inbox is checked to hold
 * exactly one row and one payment per accepted event. Throughput is in events per millisecond (2 = 2,000 events/s),
 * sample time in milliseconds. Target: ≥ 2,000 events/s per instance, p99 ≤ 10 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WebhookApplyBenchmark {

    /** The threads of the one host instance. */
    static final int THREADS = 4;

    private static final String SECRET = "whsec_benchmark";
    private static final long TOLERANCE_SECONDS = 300;

    /**
     * Whose events: every thread's about a client of one workspace ({@code one}), or each thread's about a workspace
     * of its own ({@code perThread}), as on a platform serving many businesses. A workspace's payments take gapless
     * receipt numbers one after the other, so one workspace's events are applied one at a time.
     */
    @Param({"one", "perThread"})
    public String workspaces;

    private BenchmarkDatabase database;
    private DataSource admin;
    private ClientPortal portal;
    private StripeWebhooks webhooks;
    private StaffPrincipal sharedOwner;
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();

    /** The schema, the instance with its webhook handler, and the workspace. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = BenchmarkDatabase.create("bench_webhooks");
        admin = database.pool(2);
        JpaPortalStores stores = JpaPortalStores.create(database.entityManagerFactory("instance", THREADS + 1,
                Map.of("hibernate.jdbc.batch_size", "50")));
        StripePaymentGateway stripe = StripePaymentGateway.create(StripeSettings.builder("sk_test_benchmark")
                .successUrl(URI.create("https://portal.example/paid")).maxNetworkRetries(0).build(), stores);
        portal = ClientPortal.builder().stores(stores).fileStore(InMemoryStores.create().fileStore())
                .gateway(stripe).build();
        webhooks = stripe.webhooks(portal.payments(), SECRET);
        sharedOwner = workspace("Acme Design");
    }

    private StaffPrincipal workspace(String name) {
        Workspace workspace = portal.workspaces().create(new CreateWorkspace(name, CurrencyUnit.USD,
                PaymentTerms.net(30)));
        return StaffPrincipal.of(workspace.id(), "owner@" + workspace.id() + ".example");
    }

    /** Every accepted event is in the inbox once, with one payment; the bare rows are not counted. */
    @TearDown(Level.Iteration)
    public void checkEachEventAppliedOnce() throws SQLException {
        try (Connection connection = admin.getConnection();
             PreparedStatement query = connection.prepareStatement("select"
                     + " (select count(*) from cp_gateway_event where gateway = 'stripe'),"
                     + " (select count(*) from cp_payment where gateway = 'stripe'),"
                     + " (select count(distinct reference) from cp_payment)")) {
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getLong(1) != accepted.get() || row.getLong(2) != accepted.get()
                        || row.getLong(3) != accepted.get()) {
                    throw new IllegalStateException(accepted.get() + " events accepted, " + row.getLong(1)
                            + " in the inbox, " + row.getLong(2) + " payments, " + row.getLong(3) + " references");
                }
            }
            connection.commit();
        }
    }

    /** Closes everything and drops the schema. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        database.close();
    }

    /** A thread's own client and invoice, the events it sends about them, and its connection for the bare insert. */
    @State(Scope.Thread)
    public static class Sender {
        String prefix;
        String metadata;
        int sent;
        String sample;
        String sampleHeader;
        Connection connection;
        PreparedStatement insert;

        /** Creates the client and issues its invoice; signs a sample event for the bare signature check. */
        @Setup(Level.Trial)
        public void open(WebhookApplyBenchmark benchmark) throws SQLException {
            int thread = benchmark.threads.getAndIncrement();
            ClientPortal portal = benchmark.portal;
            StaffPrincipal owner = benchmark.workspaces.equals("one") ? benchmark.sharedOwner
                    : benchmark.workspace("Business " + thread);
            Client client = portal.clients().create(owner, new CreateClient("Client " + thread,
                    "ap" + thread + "@client.example"));
            Invoice invoice = portal.invoicing().issue(owner, portal.invoicing().createDraft(
                    owner, DraftInvoice.forClient(client.id()).line("Consulting", "1", "day",
                            Money.of("100.00", CurrencyUnit.USD))).id());
            prefix = "t" + thread + "_" + Long.toHexString(System.nanoTime());
            metadata = "{\"portal_workspace_id\":\"" + owner.workspaceId() + "\",\"portal_client_id\":\""
                    + client.id() + "\",\"portal_invoice_id\":\"" + invoice.id() + "\",\"portal_invoice_number\":\""
                    + invoice.number() + "\",\"portal_purpose\":\"Amount due\"}";
            sample = succeeded(prefix + "_sample", metadata, Instant.now());
            sampleHeader = signature(sample, Instant.now());
            connection = benchmark.database.pool(1).getConnection();
            insert = connection.prepareStatement("insert into cp_gateway_event (workspace_id, gateway, event_id,"
                    + " kind, event, payment_reference, occurred_at, status, payment_id, detail, received_at, version)"
                    + " values (?, 'bare', ?, 'SUCCEEDED', ?, ?, ?, 'APPLIED', ?, 'payment recorded', ?, 1)");
            insert.setObject(1, owner.workspaceId().value());
            insert.setString(3, sample);
        }

        /** Closes the connection. */
        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }
    }

    /**
     * The portal: a fresh event, signed now, through the handler into the database. Its warm-up is a minute: the
     * JIT compiles Hibernate's and the portal's paths for far longer than the bare bounds', and a short warm-up
     * measures the compiler.
     */
    @Benchmark
    @Threads(THREADS)
    @Warmup(iterations = 3, time = 20)
    public WebhookResult verifyDedupeApply(Sender sender) {
        Instant now = Instant.now();
        String id = sender.prefix + "_" + sender.sent++;
        String payload = succeeded(id, sender.metadata, now);
        WebhookResult result = webhooks.handle(payload, signature(payload, now));
        if (!(result instanceof WebhookResult.Accepted)) {
            throw new IllegalStateException("event " + id + " not applied: " + result);
        }
        accepted.incrementAndGet();
        return result;
    }

    /** The bare bound of the first step: the signature check alone. */
    @Benchmark
    @Threads(THREADS)
    public boolean bareSignatureCheck(Sender sender) throws SignatureVerificationException {
        return Webhook.Signature.verifyHeader(sender.sample, sender.sampleHeader, SECRET, TOLERANCE_SECONDS);
    }

    /** The bare bound of dedupe: one inbox row inserted and committed by plain JDBC. */
    @Benchmark
    @Threads(THREADS)
    public int bareInboxInsert(Sender sender) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String id = sender.prefix + "_bare_" + sender.sent++;
        sender.insert.setString(2, "evt_" + id);
        sender.insert.setString(4, "pi_" + id);
        sender.insert.setTimestamp(5, now);
        sender.insert.setObject(6, UUID.randomUUID());
        sender.insert.setTimestamp(7, now);
        int inserted = sender.insert.executeUpdate();
        sender.connection.commit();
        return inserted;
    }

    /** A {@code payment_intent.succeeded} event as Stripe sends it, with the fields the portal reads. */
    static String succeeded(String id, String metadata, Instant created) {
        return "{\"id\":\"evt_" + id + "\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\","
                + "\"created\":" + created.getEpochSecond() + ",\"livemode\":false,\"pending_webhooks\":1,"
                + "\"request\":{\"id\":null,\"idempotency_key\":null},\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{\"id\":\"pi_" + id + "\",\"object\":\"payment_intent\",\"amount\":10000,"
                + "\"amount_received\":10000,\"currency\":\"usd\",\"status\":\"succeeded\","
                + "\"capture_method\":\"automatic\",\"confirmation_method\":\"automatic\",\"livemode\":false,"
                + "\"payment_method_types\":[\"card\"],\"metadata\":" + metadata + "}}}";
    }

    /** The {@code Stripe-Signature} header Stripe would send: HMAC-SHA256 of {@code t.payload} with the secret. */
    static String signature(String payload, Instant signedAt) {
        long t = signedAt.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + payload)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
