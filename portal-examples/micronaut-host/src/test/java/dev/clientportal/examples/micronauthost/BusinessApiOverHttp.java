package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceDetailJson;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessPaymentJson;
import dev.clientportal.examples.micronauthost.ApiJson.ClientJson;
import dev.clientportal.examples.micronauthost.ApiJson.ContactJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import dev.clientportal.examples.micronauthost.BusinessJson.AgingJson;
import dev.clientportal.examples.micronauthost.BusinessJson.EngagementJson;
import dev.clientportal.examples.micronauthost.BusinessJson.FollowUpJson;
import dev.clientportal.examples.micronauthost.BusinessJson.InvitationJson;
import dev.clientportal.examples.micronauthost.BusinessJson.RefundJson;
import dev.clientportal.examples.micronauthost.BusinessJson.RemindersJson;
import dev.clientportal.examples.micronauthost.BusinessJson.VerificationJson;
import dev.clientportal.examples.micronauthost.DevMailboxController.MailJson;
import dev.clientportal.examples.micronauthost.PaymentsController.PaymentStart;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The business's use cases over HTTP with the owner's staff token, in a database of their own (they add clients,
 * issue invoices and move money, which would change the figures {@link ApiOverHttp} checks): adding clients and
 * contacts, inviting, invoicing with ETags, recording payments and refunds under an {@code Idempotency-Key}, and the
 * insights. {@link BusinessApiOverHttpTest} runs it on H2, {@link BusinessApiOnPostgreSqlTest} on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BusinessApiOverHttp extends HostOverHttp {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    private static final String BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    private static final Map<String, Object> PAYMENT = Map.of("amount", "100.00", "method", "bank_transfer",
            "note", "first wire");

    @Test
    void theBusinessAddsAClientAndAContactAndInvitesItToThePortal() {
        ClientJson client = created(staff(HttpRequest.POST("/api/business/clients",
                Map.of("name", "Hooli", "email", "ap@hooli.example", "currency", "eur"))), ClientJson.class);
        assertThat(client.name()).isEqualTo("Hooli");
        assertThat(client.currency()).isEqualTo("EUR");

        ContactJson gavin = created(staff(HttpRequest.POST("/api/business/clients/" + client.id() + "/contacts",
                Map.of("name", "Gavin Belson", "email", "gavin@hooli.example", "roles", List.of("billing")))),
                ContactJson.class);
        assertThat(gavin.roles()).containsExactly("BILLING");
        assertThat(list("/api/business/clients/" + client.id() + "/contacts", STAFF_TOKEN, ContactJson.class))
                .containsExactly(gavin);

        InvitationJson invitation = created(staff(HttpRequest.POST("/api/business/contacts/" + gavin.id()
                + "/invitations", "")), InvitationJson.class);
        assertThat(invitation.email()).isEqualTo("gavin@hooli.example");
        List<MailJson> mails = blocking().retrieve(HttpRequest.GET("/dev/mailbox"), Argument.listOf(MailJson.class));
        assertThat(mails).filteredOn(mail -> mail.recipient().equals("gavin@hooli.example")).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.kind()).isEqualTo("INVITATION");
                    assertThat(mail.links()).singleElement().asString().contains("token=");
                });
    }

    @Test
    void aClientOrContactWithBadFieldsIsRefusedWithTheFieldAndNothingIsAdded() {
        Answer unnamed = call(staff(HttpRequest.POST("/api/business/clients", Map.of("email", "ap@x.example"))));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
        assertThat(unnamed.problem().code()).isEqualTo("input.required");
        assertThat(unnamed.problem().field()).isEqualTo("client.name");
        Answer badCurrency = call(staff(HttpRequest.POST("/api/business/clients",
                Map.of("name", "X", "email", "ap@x.example", "currency", "XYZ"))));
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.problem().code()).isEqualTo("money.unknown_currency");

        Client globex = client("Globex Corporation");
        Answer badRole = call(staff(HttpRequest.POST("/api/business/clients/" + globex.id() + "/contacts",
                Map.of("name", "Boss", "email", "boss@globex.example", "roles", List.of("boss")))));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.problem().code()).isEqualTo("input.invalid_value");
        assertThat(badRole.problem().field()).isEqualTo("roles");
        Answer taken = call(staff(HttpRequest.POST("/api/business/clients/" + globex.id() + "/contacts",
                Map.of("name", "Ana again", "email", DemoWorkspace.ANA, "roles", List.of("approver")))));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(portal.clients().contacts(owner(), globex.id())).extracting(contact -> contact.email())
                .doesNotContain("boss@globex.example").filteredOn(DemoWorkspace.ANA::equals).hasSize(1);
    }

    @Test
    void aDraftIsIssuedAndVoidedOnlyAtTheVersionItsETagNames() {
        Client globex = client("Globex Corporation");
        HttpResponse<BusinessInvoiceDetailJson> created = blocking().exchange(staff(HttpRequest.POST(
                "/api/business/invoices", Map.of("clientId", globex.id().toString(), "notes", "Thanks!",
                        "lines", List.of(Map.of("description", "Logo design", "quantity", "12", "unit", "h",
                                "unitPrice", "95.00", "taxes", List.of(Map.of("name", "NY sales tax",
                                        "rate", "8.875"))))))), BusinessInvoiceDetailJson.class);
        assertThat(created.code()).isEqualTo(201);
        BusinessInvoiceDetailJson draft = Objects.requireNonNull(created.body());
        assertThat(draft.invoice().status()).isEqualTo("DRAFT");
        assertThat(draft.subtotal()).isEqualTo(new ApiJson.Amount("1140.00", "USD"));
        assertThat(draft.taxTotal()).isEqualTo(new ApiJson.Amount("101.18", "USD"));
        String path = "/api/business/invoices/" + draft.invoice().id();
        String draftTag = created.header(HttpHeaders.ETAG);
        assertThat(draftTag).isEqualTo("\"" + draft.invoice().version() + "\"");

        Answer stale = call(staff(HttpRequest.POST(path + "/issue", "")).header(HttpHeaders.IF_MATCH, "\"99\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problem().code()).isEqualTo("store.concurrent_modification");
        Answer notATag = call(staff(HttpRequest.POST(path + "/issue", "")).header(HttpHeaders.IF_MATCH, "\"v\""));
        assertThat(notATag.status()).isEqualTo(400);
        assertThat(notATag.problem().field()).isEqualTo("If-Match");

        HttpResponse<BusinessInvoiceDetailJson> issued = blocking().exchange(staff(HttpRequest.POST(path + "/issue",
                "")).header(HttpHeaders.IF_MATCH, draftTag), BusinessInvoiceDetailJson.class);
        BusinessInvoiceJson open = Objects.requireNonNull(issued.body()).invoice();
        assertThat(open.status()).isEqualTo("OPEN");
        assertThat(open.number()).isNotBlank();
        String openTag = issued.header(HttpHeaders.ETAG);
        assertThat(openTag).isNotEqualTo(draftTag);
        assertThat(blocking().exchange(staff(HttpRequest.GET(path)), BusinessInvoiceDetailJson.class)
                .header(HttpHeaders.ETAG)).isEqualTo(openTag);

        Answer oldVersion = call(staff(HttpRequest.POST(path + "/void", Map.of("reason", "Wrong client")))
                .header(HttpHeaders.IF_MATCH, draftTag));
        assertThat(oldVersion.status()).isEqualTo(412);
        Answer noReason = call(staff(HttpRequest.POST(path + "/void", Map.of())).header(HttpHeaders.IF_MATCH,
                openTag));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.problem().field()).isEqualTo("reason");
        BusinessInvoiceDetailJson voided = blocking().retrieve(staff(HttpRequest.POST(path + "/void",
                Map.of("reason", "Wrong client"))).header(HttpHeaders.IF_MATCH, openTag),
                BusinessInvoiceDetailJson.class);
        assertThat(voided.invoice().status()).isEqualTo("VOID");
        Answer twice = call(staff(HttpRequest.POST(path + "/issue", "")));
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void anIssueOrVoidNamingAVersionChangedSinceItsGet_isRefused412_andTheInvoiceIsLeftAsItWas() {
        Client globex = client("Globex Corporation");
        Invoice draft = portal.invoicing().createDraft(owner(), oneLine(globex, "400.00"));
        String path = "/api/business/invoices/" + draft.id();
        String readTag = blocking().exchange(staff(HttpRequest.GET(path)), BusinessInvoiceDetailJson.class)
                .header(HttpHeaders.ETAG);
        Invoice changed = portal.invoicing().updateDraft(owner(), draft.id(), oneLine(globex, "450.00"));
        int audited = audited(draft);

        Answer staleIssue = call(staff(HttpRequest.POST(path + "/issue", "")).header(HttpHeaders.IF_MATCH, readTag));

        assertThat(staleIssue.status()).isEqualTo(412);
        assertThat(staleIssue.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
        assertThat(staleIssue.problem().code()).isEqualTo("store.concurrent_modification");
        Invoice after = portal.invoicing().get(owner(), draft.id());
        assertThat(after.status().name()).isEqualTo("DRAFT");
        assertThat(after.version()).isEqualTo(changed.version());
        assertThat(after.total()).isEqualTo(Money.of("450.00", globex.currency()));
        assertThat(audited(draft)).isEqualTo(audited);

        Invoice issued = portal.invoicing().issue(owner(), draft.id(), changed.version());
        Answer staleVoid = call(staff(HttpRequest.POST(path + "/void", Map.of("reason", "Wrong client")))
                .header(HttpHeaders.IF_MATCH, "\"" + changed.version() + "\""));
        assertThat(staleVoid.status()).isEqualTo(412);
        assertThat(staleVoid.problem().code()).isEqualTo("store.concurrent_modification");
        assertThat(portal.invoicing().get(owner(), draft.id()).version()).isEqualTo(issued.version());
        assertThat(portal.invoicing().get(owner(), draft.id()).status().name()).isEqualTo("OPEN");
    }

    @Test
    void voidsSentAtOnceWithOneIfMatch_voidOnce_andEveryOtherIsRefused412() throws Exception {
        Client globex = client("Globex Corporation");
        Invoice open = portal.invoicing().issue(owner(),
                portal.invoicing().createDraft(owner(), oneLine(globex, "80.00")).id());
        String path = "/api/business/invoices/" + open.id() + "/void";
        int racers = 4;
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String reason = "Sent twice (" + i + ")";
                answers.add(threads.submit(() -> {
                    start.await();
                    return call(staff(HttpRequest.POST(path, Map.of("reason", reason)))
                            .header(HttpHeaders.IF_MATCH, "\"" + open.version() + "\""));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(portal.invoicing().get(owner(), open.id()).status().name()).isEqualTo("VOID");
        assertThat(portal.audit().forSubject(owner(), "invoice", open.id().toString()))
                .filteredOn(entry -> entry.action().equals("invoice.voided")).hasSize(1);
    }

    @Test
    void aDraftWithBadLinesIsRefusedWithTheLinesField() {
        Client globex = client("Globex Corporation");
        Answer noLines = call(staff(HttpRequest.POST("/api/business/invoices",
                Map.of("clientId", globex.id().toString(), "lines", List.of()))));
        assertThat(noLines.status()).isEqualTo(400);
        assertThat(noLines.problem().field()).isEqualTo("lines");
        Answer badPrice = call(staff(HttpRequest.POST("/api/business/invoices", Map.of("clientId",
                globex.id().toString(), "lines", List.of(Map.of("description", "Work", "quantity", "1",
                        "unitPrice", "ninety"))))));
        assertThat(badPrice.status()).isEqualTo(400);
        assertThat(badPrice.problem().code()).isEqualTo("input.invalid_value");
        assertThat(badPrice.problem().rejectedValue()).isEqualTo("ninety");
        Answer noClient = call(staff(HttpRequest.POST("/api/business/invoices", Map.of("lines", List.of()))));
        assertThat(noClient.status()).isEqualTo(400);
        assertThat(noClient.problem().field()).isEqualTo("clientId");
    }

    @Test
    void aManualPaymentNeedsAnIdempotencyKeyAndItsReplayRecordsOnePayment() {
        BusinessInvoiceJson invoice = openInvoice("USD");
        String payments = "/api/business/invoices/" + invoice.id() + "/payments";

        Answer keyless = call(staff(HttpRequest.POST(payments, PAYMENT)));
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
        assertThat(keyless.problem().code()).isEqualTo("input.required");
        assertThat(keyless.problem().field()).isEqualTo("Idempotency-Key");

        Answer first = call(keyed(HttpRequest.POST(payments, PAYMENT), "wire-9001"));
        assertThat(first.status()).isEqualTo(201);
        BusinessPaymentJson payment = read(first, BusinessPaymentJson.class);
        assertThat(payment.reference()).isEqualTo("wire-9001");
        assertThat(payment.amount()).isEqualTo(new ApiJson.Amount("100.00", "USD"));

        Answer replay = call(keyed(HttpRequest.POST(payments, PAYMENT), "wire-9001"));
        assertThat(replay.status()).isEqualTo(first.status());
        assertThat(replay.body()).isEqualTo(first.body());
        BusinessInvoiceDetailJson after = invoiceDetail(invoice.id());
        assertThat(after.payments()).filteredOn(paid -> paid.reference().equals("wire-9001")).hasSize(1);
        assertThat(after.invoice().amountDue().amount()).isEqualTo(Money.of(invoice.amountDue().amount(),
                CurrencyUnit.USD).minus(Money.of("100.00", CurrencyUnit.USD)).amount().toPlainString());

        Map<String, Map<String, Object>> otherBodies = new LinkedHashMap<>();
        otherBodies.put("amount", Map.of("amount", "90.00", "method", "bank_transfer", "note", "first wire"));
        otherBodies.put("method", Map.of("amount", "100.00", "method", "check", "note", "first wire"));
        otherBodies.put("note", Map.of("amount", "100.00", "method", "bank_transfer", "note", "another"));
        otherBodies.forEach((changed, body) -> {
            Answer reused = call(keyed(HttpRequest.POST(payments, body), "wire-9001"));
            assertThat(reused.status()).as(changed).isEqualTo(422);
            assertThat(reused.problem().code()).as(changed).isEqualTo("payment.reference_conflict");
        });
        assertThat(portal.payments().forInvoice(owner(), PathIds.invoice(invoice.id())))
                .filteredOn(paid -> paid.reference().equals("wire-9001")).hasSize(1);

        Answer badMethod = call(keyed(HttpRequest.POST(payments, Map.of("amount", "1.00", "method", "barter")),
                "barter-1"));
        assertThat(badMethod.status()).isEqualTo(400);
        assertThat(badMethod.problem().field()).isEqualTo("method");
        Answer negative = call(keyed(HttpRequest.POST(payments, Map.of("amount", "-1.00", "method", "cash")),
                "cash-1"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.problem().code()).isEqualTo("money.negative_amount");
    }

    @Test
    void aRefundNeedsAnIdempotencyKeyAndItsReplayRefundsOnce() {
        BusinessInvoiceJson invoice = openInvoice("USD");
        BusinessPaymentJson payment = read(call(keyed(HttpRequest.POST("/api/business/invoices/" + invoice.id()
                + "/payments", PAYMENT), "wire-9100")), BusinessPaymentJson.class);
        String refunds = "/api/business/payments/" + payment.id() + "/refunds";
        Map<String, Object> body = Map.of("amount", "40.00", "reason", "Overcharged");

        Answer keyless = call(staff(HttpRequest.POST(refunds, body)));
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.problem().field()).isEqualTo("Idempotency-Key");

        Answer first = call(keyed(HttpRequest.POST(refunds, body), "refund-9100"));
        assertThat(first.status()).isEqualTo(201);
        RefundJson refund = read(first, RefundJson.class);
        assertThat(refund.amount()).isEqualTo(new ApiJson.Amount("40.00", "USD"));
        assertThat(refund.reference()).isEqualTo("refund-9100");
        Answer replay = call(keyed(HttpRequest.POST(refunds, body), "refund-9100"));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(portal.payments().get(owner(), PathIds.payment(payment.id())).refunded())
                .isEqualTo(Money.of("40.00", CurrencyUnit.USD));

        for (Map<String, Object> other : List.of(Map.<String, Object>of("amount", "30.00", "reason", "Overcharged"),
                Map.<String, Object>of("amount", "40.00", "reason", "Goodwill"))) {
            Answer reused = call(keyed(HttpRequest.POST(refunds, other), "refund-9100"));
            assertThat(reused.status()).as(other.toString()).isEqualTo(422);
            assertThat(reused.problem().code()).isEqualTo("payment.refund_reference_conflict");
        }
        Answer tooMuch = call(keyed(HttpRequest.POST(refunds, Map.of("amount", "500.00")), "refund-9101"));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.problem().code()).isEqualTo("payment.refund_exceeds_payment");
        assertThat(portal.payments().get(owner(), PathIds.payment(payment.id())).refunded())
                .isEqualTo(Money.of("40.00", CurrencyUnit.USD));
    }

    @Test
    void anotherWorkspacesClientsContactsInvoicesAndPaymentsAreNotFound() {
        Invoice elsewhere = invoiceOfAnotherWorkspace();
        StaffPrincipal otherOwner = ownerOf(elsewhere.workspaceId());
        String otherPayment = portal.payments().record(otherOwner, RecordPayment.manual(elsewhere.clientId(),
                Money.of("10.00", CurrencyUnit.USD), PaymentMethod.CASH, "other-cash")
                .allocateTo(elsewhere.id())).id().toString();
        String otherContact = portal.clients().addContact(otherOwner, new AddContact(elsewhere.clientId(), "Olga",
                "olga@other.example", Set.of(Role.BILLING))).id().toString();
        String invoice = "/api/business/invoices/" + elsewhere.id();
        Map<String, String> notFound = new LinkedHashMap<>();
        notFound.put("POST /api/business/clients/" + elsewhere.clientId() + "/contacts", "client.not_found");
        notFound.put("POST /api/business/contacts/" + otherContact + "/invitations", "contact.not_found");
        notFound.put("POST " + invoice + "/issue", "invoice.not_found");
        notFound.put("POST " + invoice + "/void", "invoice.not_found");
        notFound.put("POST " + invoice + "/payments", "invoice.not_found");
        notFound.put("POST /api/business/payments/" + otherPayment + "/refunds", "payment.not_found");
        notFound.put("GET " + invoice + "/engagement", "invoice.not_found");
        notFound.put("GET " + invoice + "/reminders", "invoice.not_found");
        Map<String, Object> body = Map.of("name", "Olga", "email", "olga2@other.example", "roles", List.of("billing"),
                "amount", "1.00", "method", "cash", "reason", "Because");
        notFound.forEach((request, code) -> {
            String path = request.substring(request.indexOf(' ') + 1);
            MutableHttpRequest<?> call = request.startsWith("GET") ? HttpRequest.GET(path)
                    : HttpRequest.POST(path, body);
            Answer answer = call(keyed(call, "cross-" + request.hashCode()));
            assertThat(answer.status()).as(request).isEqualTo(404);
            assertThat(answer.problem().code()).as(request).isEqualTo(code);
        });
        Answer draftForOther = call(staff(HttpRequest.POST("/api/business/invoices", Map.of("clientId",
                elsewhere.clientId().toString(), "lines", List.of(Map.of("description", "Work", "quantity", "1",
                        "unitPrice", "1.00"))))));
        assertThat(draftForOther.status()).isEqualTo(404);
        assertThat(draftForOther.problem().code()).isEqualTo("client.not_found");
        assertThat(portal.payments().forInvoice(otherOwner, elsewhere.id())).hasSize(1);
        assertThat(portal.invoicing().get(otherOwner, elsewhere.id()).status().name()).isEqualTo("PARTIALLY_PAID");
        assertThat(portal.clients().contacts(otherOwner, elsewhere.clientId())).hasSize(1);
    }

    @Test
    void theBusinessReadsFollowUpsAgingEngagementAndRemindersAndVerifiesItsAuditTrail() {
        List<FollowUpJson> followUps = list("/api/business/follow-ups", STAFF_TOKEN, FollowUpJson.class);
        assertThat(followUps).isNotEmpty();
        assertThat(followUps).extracting(FollowUpJson::urgency).isSortedAccordingTo((a, b) -> b - a);

        AgingJson aging = get("/api/business/aging", STAFF_TOKEN, Argument.of(AgingJson.class));
        assertThat(aging.totals()).extracting(BusinessJson.BucketsJson::currency).contains("USD", "EUR");
        assertThat(aging.rows()).extracting(BusinessJson.AgingRowJson::clientName)
                .contains("Globex Corporation", "Initech GmbH");
        assertThat(aging.dso()).extracting(BusinessJson.DsoJson::currency)
                .containsExactlyInAnyOrderElementsOf(aging.totals().stream().map(BusinessJson.BucketsJson::currency)
                        .toList());
        Answer badDate = call(staff(HttpRequest.GET("/api/business/aging?asOf=yesterday")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.problem().field()).isEqualTo("asOf");

        BusinessInvoiceJson invoice = openInvoice("USD");
        String ana = signIn(DemoWorkspace.ANA);
        // a browser's user agent: the portal counts views of people, not of link scanners or HTTP libraries
        blocking().retrieve(HttpRequest.GET("/api/portal/invoices/" + invoice.id()).bearerAuth(ana)
                .header(HttpHeaders.USER_AGENT, BROWSER), ApiJson.InvoiceJson.class);
        portal.analytics().flushViews();
        EngagementJson engagement = get("/api/business/invoices/" + invoice.id() + "/engagement", STAFF_TOKEN,
                Argument.of(EngagementJson.class));
        assertThat(engagement.documentType()).isEqualTo("INVOICE");
        assertThat(engagement.viewed()).isTrue();
        assertThat(engagement.humanViews()).isPositive();

        RemindersJson reminders = get("/api/business/invoices/" + invoice.id() + "/reminders", STAFF_TOKEN,
                Argument.of(RemindersJson.class));
        assertThat(reminders.invoiceId()).isEqualTo(invoice.id());
        assertThat(reminders.due()).extracting(BusinessJson.ReminderDueJson::at).isSorted();

        VerificationJson verification = blocking().retrieve(staff(HttpRequest.POST("/api/business/audit/verification",
                "")), VerificationJson.class);
        assertThat(verification.ok()).isTrue();
        assertThat(verification.entriesChecked()).isPositive();
        assertThat(verification.firstBroken()).isNull();
    }

    @Test
    void theClientsPaymentStartedTwiceWithOneIdempotencyKeyOpensOneCheckout() {
        String ana = signIn(DemoWorkspace.ANA);
        BusinessInvoiceJson invoice = openInvoice("USD");
        String pay = "/api/portal/invoices/" + invoice.id() + "/payments";
        PaymentStart first = blocking().retrieve(HttpRequest.POST(pay, Map.of()).bearerAuth(ana)
                .header(IdempotencyKeys.HEADER, "pay-1"), PaymentStart.class);
        PaymentStart again = blocking().retrieve(HttpRequest.POST(pay, Map.of()).bearerAuth(ana)
                .header(IdempotencyKeys.HEADER, "pay-1"), PaymentStart.class);
        assertThat(again).isEqualTo(first);
        Answer tooLong = call(HttpRequest.POST(pay, Map.of()).bearerAuth(ana)
                .header(IdempotencyKeys.HEADER, "k".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.problem().field()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aPaymentStartsKeySentAgainWithAnotherBody_isRefused422_andWithTheSameBodyAnswersTheFirstAnswer() {
        String ana = signIn(DemoWorkspace.ANA);
        BusinessInvoiceJson invoice = openInvoice("USD");
        String pay = "/api/portal/invoices/" + invoice.id() + "/payments";
        Map<String, Object> body = Map.of("returnUrl", "https://app.example/paid");
        PaymentStart first = blocking().retrieve(HttpRequest.POST(pay, body).bearerAuth(ana)
                .header(IdempotencyKeys.HEADER, "pay-2"), PaymentStart.class);

        Map<String, Map<String, Object>> others = Map.of(
                "another returnUrl", Map.of("returnUrl", "https://app.example/elsewhere"),
                "an installment", Map.of("installment", 1, "returnUrl", "https://app.example/paid"),
                "no body", Map.of());
        others.forEach((what, other) -> {
            Answer refused = call(HttpRequest.POST(pay, other).bearerAuth(ana).header(IdempotencyKeys.HEADER, "pay-2"));
            assertThat(refused.status()).as(what).isEqualTo(422);
            assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
            assertThat(refused.problem().code()).as(what).isEqualTo("payment.reference_conflict");
            assertThat(refused.problem().field()).isEqualTo(IdempotencyKeys.HEADER);
        });
        PaymentStart again = blocking().retrieve(HttpRequest.POST(pay, body).bearerAuth(ana)
                .header(IdempotencyKeys.HEADER, "pay-2"), PaymentStart.class);
        assertThat(again).isEqualTo(first);
        PaymentStart underAnotherKey = blocking().retrieve(HttpRequest.POST(pay, Map.of("returnUrl",
                "https://app.example/elsewhere")).bearerAuth(ana).header(IdempotencyKeys.HEADER, "pay-3"),
                PaymentStart.class);
        assertThat(underAnotherKey.outcome()).isEqualTo("requires_action");
    }

    @Test
    void aPaymentStartsKeyHoldsAcrossInstances_whileServed409_thenTheFirstAnswerForTheSameRequestOnly()
            throws Exception {
        PaymentStartKeys one = new PaymentStartKeys(dataSource, resolver, json);
        PaymentStartKeys other = new PaymentStartKeys(dataSource, resolver, json);
        ContactId ana = contact(client("Globex Corporation").id(), DemoWorkspace.ANA);
        PaymentStart answer = new PaymentStart("requires_action", URI.create("https://checkout.example/cs_1"),
                "cs_1", null, null);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<PaymentStart> first = thread.submit(() -> one.once(ana, "multi-1", "invoice-a|0|", () -> {
                started.countDown();
                awaitQuietly(finish);
                return answer;
            }));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(refusal(() -> other.once(ana, "multi-1", "invoice-a|0|", BusinessApiOverHttp::startedAgain)))
                    .isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
            assertThat(refusal(() -> other.once(ana, "multi-1", "invoice-b|0|", BusinessApiOverHttp::startedAgain)))
                    .isEqualTo(ErrorCode.PAYMENT_REFERENCE_CONFLICT);
            finish.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(answer);
        } finally {
            thread.shutdownNow();
        }
        assertThat(other.once(ana, "multi-1", "invoice-a|0|", BusinessApiOverHttp::startedAgain)).isEqualTo(answer);
        assertThat(refusal(() -> other.once(ana, "multi-1", "invoice-b|0|", BusinessApiOverHttp::startedAgain)))
                .isEqualTo(ErrorCode.PAYMENT_REFERENCE_CONFLICT);

        assertThat(refusal(() -> one.once(ana, "multi-2", "invoice-a|0|", () -> {
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "the gateway is down");
        }))).isEqualTo(ErrorCode.GATEWAY_UNAVAILABLE);
        assertThat(other.once(ana, "multi-2", "invoice-b|0|", () -> answer))
                .as("a start that failed keeps nothing under its key").isEqualTo(answer);
    }

    @Test
    void aPaymentStartsKeyLeftUnansweredByAStoppedInstance_isTakenOverAfterAMinute() throws Exception {
        PaymentStartKeys stopped = new PaymentStartKeys(dataSource, resolver, json);
        PaymentStartKeys next = new PaymentStartKeys(dataSource, resolver, json);
        ContactId ana = contact(client("Globex Corporation").id(), DemoWorkspace.ANA);
        PaymentStart answer = new PaymentStart("pending", null, "pi_1", null, null);
        Thread serving = new Thread(() -> stopped.once(ana, "abandoned-1", "invoice-a|0|", () -> {
            throw new InstanceStopped();
        }));
        serving.setUncaughtExceptionHandler((thread, stop) -> { });
        serving.start();
        serving.join(30_000);
        assertThat(refusal(() -> next.once(ana, "abandoned-1", "invoice-a|0|", BusinessApiOverHttp::startedAgain)))
                .as("a minute has not passed").isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
        String sql = "update mn_payment_start_key set claimed_at = ? where idempotency_key = ?";
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement backdate = connection.prepareStatement(sql)) {
            backdate.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(PaymentStartKeys.ABANDONED)
                    .minusSeconds(1));
            backdate.setString(2, "abandoned-1");
            assertThat(backdate.executeUpdate()).isEqualTo(1);
        }

        assertThat(next.once(ana, "abandoned-1", "invoice-a|0|", () -> answer)).isEqualTo(answer);
        assertThat(next.once(ana, "abandoned-1", "invoice-a|0|", BusinessApiOverHttp::startedAgain)).isEqualTo(answer);
    }

    /** The code of the portal's refusal of a call. */
    private static ErrorCode refusal(ThrowingCallable call) {
        return catchThrowableOfType(PortalException.class, call).errorCode();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A payment start that must not run: the key's first answer is replayed, or the key is refused. */
    private static PaymentStart startedAgain() {
        throw new AssertionError("the payment was started again under a key that has an answer");
    }

    /** How an instance stopping while it serves a request looks to the code it runs. */
    private static final class InstanceStopped extends Error {
        InstanceStopped() {
            super("the instance stopped");
        }
    }

    private BusinessInvoiceJson openInvoice(String currency) {
        return staffInvoices("&status=open,partially_paid").stream()
                .filter(row -> row.total().currency().equals(currency)).findFirst().orElseThrow();
    }

    private BusinessInvoiceDetailJson invoiceDetail(String id) {
        return get("/api/business/invoices/" + id, STAFF_TOKEN, Argument.of(BusinessInvoiceDetailJson.class));
    }

    private static DraftInvoice oneLine(Client client, String amount) {
        return DraftInvoice.forClient(client.id()).line("Logo design", "1", "job",
                Money.of(amount, client.currency()));
    }

    private int audited(Invoice invoice) {
        return portal.audit().forSubject(owner(), "invoice", invoice.id().toString()).size();
    }

    private static <T> MutableHttpRequest<T> staff(MutableHttpRequest<T> request) {
        return request.bearerAuth(STAFF_TOKEN);
    }

    private static <T> MutableHttpRequest<T> keyed(MutableHttpRequest<T> request, String key) {
        return staff(request).header(IdempotencyKeys.HEADER, key);
    }

    private <T> T created(MutableHttpRequest<?> request, Class<T> type) {
        Answer answer = call(request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return read(answer, type);
    }

    private <T> T read(Answer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + answer.body(), e);
        }
    }
}
