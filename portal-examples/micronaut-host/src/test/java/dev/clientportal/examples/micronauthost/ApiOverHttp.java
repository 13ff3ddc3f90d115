package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.micronauthost.ApiJson.AgreementJson;
import dev.clientportal.examples.micronauthost.ApiJson.AgreementRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceDetailJson;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.ClientJson;
import dev.clientportal.examples.micronauthost.ApiJson.ContactJson;
import dev.clientportal.examples.micronauthost.ApiJson.DashboardJson;
import dev.clientportal.examples.micronauthost.ApiJson.DeliverableVersionJson;
import dev.clientportal.examples.micronauthost.ApiJson.FileJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.MessageJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import dev.clientportal.examples.micronauthost.ApiJson.PaymentJson;
import dev.clientportal.examples.micronauthost.ApiJson.PendingApprovalJson;
import dev.clientportal.examples.micronauthost.ApiJson.QuoteJson;
import dev.clientportal.examples.micronauthost.ApiJson.QuoteRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.ThreadJson;
import dev.clientportal.examples.micronauthost.DevMailboxController.MailJson;
import dev.clientportal.examples.micronauthost.Problems.Problem;
import dev.clientportal.examples.micronauthost.SignInController.Session;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over real HTTP with Micronaut's client, on a database with the demo workspace seeded: Ana Ruiz of
 * Globex signs in by magic link, and the studio's owner uses its staff token. {@link ApiOverHttpTest} runs it on H2,
 * {@link ApiOnPostgreSqlTest} on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiOverHttp extends HostOverHttp {

    private String anaSession;

    @Test
    void aContactSignsInByMagicLinkUsesTheSessionAndSignsOut() {
        String session = signIn(DemoWorkspace.ANA);

        DashboardJson dashboard = get("/api/portal/dashboard", session, Argument.of(DashboardJson.class));
        assertThat(dashboard.balances()).singleElement().satisfies(usd -> {
            assertThat(usd.currency()).isEqualTo("USD");
            assertThat(usd.credit()).isEqualTo(new ApiJson.Amount("100.00", "USD"));
            assertThat(usd.openInvoices()).isEqualTo(2);
        });

        HttpResponse<?> out = blocking().exchange(HttpRequest.POST("/api/sign-out", "").bearerAuth(session));
        assertThat(out.code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
        Answer after = call(HttpRequest.GET("/api/portal/dashboard").bearerAuth(session));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.problem().code()).startsWith("access.");
    }

    @Test
    void aSignInLinkWorksOnce() {
        String token = mailedToken(DemoWorkspace.ANA);
        assertThat(call(HttpRequest.POST("/api/sign-in", Map.of("token", token))).status()).isEqualTo(200);

        Answer again = call(HttpRequest.POST("/api/sign-in", Map.of("token", token)));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.problem().code()).isEqualTo("access.token_used");
    }

    @Test
    void invoicesPageByCursorFilterByStatusAndSortBothWays() {
        List<InvoiceRowJson> newest = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageJson<InvoiceRowJson> page = invoicePage("?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            newest.addAll(page.items());
            assertThat(page.total()).isEqualTo(4L);
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(2);
        assertThat(newest).extracting(InvoiceRowJson::id).doesNotHaveDuplicates().hasSize(4);
        assertThat(newest).extracting(InvoiceRowJson::issueDate).isSortedAccordingTo(Collections.reverseOrder());

        PageJson<InvoiceRowJson> oldestFirst = invoicePage("?sort=oldest&limit=3");
        PageJson<InvoiceRowJson> oldestRest = invoicePage("?sort=oldest&limit=3&cursor=" + oldestFirst.nextCursor());
        List<InvoiceRowJson> oldest = new ArrayList<>(oldestFirst.items());
        oldest.addAll(oldestRest.items());
        List<InvoiceRowJson> reversed = new ArrayList<>(newest);
        Collections.reverse(reversed);
        assertThat(oldest).isEqualTo(reversed);

        PageJson<InvoiceRowJson> paid = invoicePage("?status=paid");
        assertThat(paid.items()).extracting(InvoiceRowJson::status).containsExactly("PAID");
        assertThat(paid.nextCursor()).isNull();

        Answer mixed = call(HttpRequest.GET("/api/portal/invoices?status=paid&cursor="
                + invoicePage("?limit=1").nextCursor()).bearerAuth(ana()));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.problem().field()).isEqualTo("cursor");
    }

    @Test
    void anInvoiceShowsItsLinesAndPaymentsAndDownloadsAsPdf() throws IOException {
        InvoiceRowJson partlyPaid = invoicePage("?limit=10").items().stream()
                .filter(row -> row.status().equals("PARTIALLY_PAID") && row.total().amount().startsWith("6"))
                .findFirst().orElseThrow();
        InvoiceJson detail = get("/api/portal/invoices/" + partlyPaid.id(), ana(), Argument.of(InvoiceJson.class));
        assertThat(detail.summary()).isEqualTo(partlyPaid);
        assertThat(detail.lines()).extracting(ApiJson.LineJson::description)
                .containsExactly("Website design", "Content migration");
        assertThat(detail.payments()).extracting(PaymentJson::amount)
                .containsExactly(new ApiJson.Amount("2000.00", "USD"));

        HttpResponse<byte[]> pdf = blocking().exchange(HttpRequest.GET("/api/portal/invoices/" + partlyPaid.id()
                + "/pdf").bearerAuth(ana()), byte[].class);
        assertThat(pdf.getContentType()).contains(MediaType.of("application/pdf"));
        try (PDDocument document = Loader.loadPDF(Objects.requireNonNull(pdf.body()))) {
            assertThat(new PDFTextStripper().getText(document)).contains(partlyPaid.number(), "Website design");
        }

        PageJson<PaymentJson> payments = get("/api/portal/payments?limit=10", ana(),
                Argument.of(PageJson.class, PaymentJson.class));
        assertThat(payments.items()).extracting(PaymentJson::reference)
                .contains("wire-2231", "card-5520", "wire-2290");
        PaymentJson wire = payments.items().stream().filter(payment -> payment.reference().equals("wire-2290"))
                .findFirst().orElseThrow();
        HttpResponse<byte[]> receipt = blocking().exchange(HttpRequest.GET("/api/portal/payments/" + wire.id()
                + "/receipt").bearerAuth(ana()), byte[].class);
        try (PDDocument document = Loader.loadPDF(Objects.requireNonNull(receipt.body()))) {
            assertThat(new PDFTextStripper().getText(document)).contains("wire-2290");
        }

        HttpResponse<byte[]> statement = blocking().exchange(HttpRequest.GET("/api/portal/statement?from="
                + LocalDate.now().minusDays(90) + "&to=" + LocalDate.now()).bearerAuth(ana()), byte[].class);
        try (PDDocument document = Loader.loadPDF(Objects.requireNonNull(statement.body()))) {
            assertThat(new PDFTextStripper().getText(document)).contains(partlyPaid.number(), "Globex Corporation");
        }
        Answer backwards = call(HttpRequest.GET("/api/portal/statement?from=" + LocalDate.now() + "&to="
                + LocalDate.now().minusDays(1)).bearerAuth(ana()));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.problem().code()).isEqualTo("receivables.invalid_period");
        Answer notADate = call(HttpRequest.GET("/api/portal/statement?from=yesterday&to=today").bearerAuth(ana()));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
    }

    @Test
    void anotherClientsInvoiceAndAnotherWorkspacesAreNotFound() {
        BusinessInvoiceJson initechInvoice = staffInvoices("").stream()
                .filter(row -> row.total().currency().equals("EUR")).findFirst().orElseThrow();
        for (String path : List.of("", "/pdf")) {
            Answer answer = call(HttpRequest.GET("/api/portal/invoices/" + initechInvoice.id() + path)
                    .bearerAuth(ana()));
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.problem().code()).isEqualTo("invoice.not_found");
        }

        Invoice elsewhere = invoiceOfAnotherWorkspace();
        assertThat(call(HttpRequest.GET("/api/portal/invoices/" + elsewhere.id()).bearerAuth(ana())).status())
                .isEqualTo(404);
        Answer otherClient = call(HttpRequest.GET("/api/business/clients/" + elsewhere.clientId() + "/contacts")
                .bearerAuth(STAFF_TOKEN));
        assertThat(otherClient.status()).isEqualTo(404);
        assertThat(otherClient.problem().code()).isEqualTo("client.not_found");
        Answer staff = call(HttpRequest.GET("/api/business/invoices/" + elsewhere.id()).bearerAuth(STAFF_TOKEN));
        assertThat(staff.status()).isEqualTo(404);
        assertThat(staff.problem().code()).isEqualTo("invoice.not_found");
        assertThat(call(HttpRequest.GET("/api/portal/invoices/not-an-id").bearerAuth(ana())).status())
                .isEqualTo(404);
        Answer receipt = call(HttpRequest.GET("/api/portal/payments/" + initechPayment() + "/receipt")
                .bearerAuth(ana()));
        assertThat(receipt.status()).isEqualTo(404);
        assertThat(receipt.problem().code()).isEqualTo("payment.not_found");
    }

    @Test
    void theBusinessListsItsClientsAndInvoicesAndReadsAnInvoice() {
        PageJson<ClientJson> first = get("/api/business/clients?limit=1", STAFF_TOKEN,
                Argument.of(PageJson.class, ClientJson.class));
        PageJson<ClientJson> second = get("/api/business/clients?limit=1&cursor=" + first.nextCursor(), STAFF_TOKEN,
                Argument.of(PageJson.class, ClientJson.class));
        assertThat(List.of(first.items().get(0).name(), second.items().get(0).name()))
                .containsExactlyInAnyOrder("Globex Corporation", "Initech GmbH");

        String globex = first.items().get(0).name().startsWith("Globex") ? first.items().get(0).id()
                : second.items().get(0).id();
        List<ContactJson> contacts = get("/api/business/clients/" + globex + "/contacts", STAFF_TOKEN,
                Argument.listOf(ContactJson.class));
        assertThat(contacts).extracting(ContactJson::email)
                .containsExactlyInAnyOrder(DemoWorkspace.ANA, "ben@globex.example");
        assertThat(contacts).filteredOn(contact -> contact.email().equals(DemoWorkspace.ANA)).singleElement()
                .extracting(ContactJson::roles).isEqualTo(List.of("APPROVER", "BILLING"));

        List<BusinessInvoiceJson> drafts = staffInvoices("&client=" + globex + "&status=draft");
        assertThat(drafts).singleElement().satisfies(draft -> assertThat(draft.number()).isNull());

        BusinessInvoiceDetailJson detail = get("/api/business/invoices/" + drafts.get(0).id(), STAFF_TOKEN,
                Argument.of(BusinessInvoiceDetailJson.class));
        assertThat(detail.lines()).extracting(ApiJson.LineJson::description).containsExactly("Illustrations");
        assertThat(detail.subtotal()).isEqualTo(new ApiJson.Amount("1080.00", "USD"));
    }

    @Test
    void badInputAnswersProblemDetails() {
        Answer malformed = call(HttpRequest.POST("/api/sign-in", "{\"token\": ")
                .contentType(MediaType.APPLICATION_JSON));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
        assertThat(malformed.problem().status()).isEqualTo(400);

        Answer wrongType = call(HttpRequest.GET("/api/portal/invoices?limit=many").bearerAuth(ana()));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
        assertThat(wrongType.problem().field()).isEqualTo("limit");

        Answer noRoute = call(HttpRequest.GET("/api/portal/nothing-here").bearerAuth(ana()));
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);

        Answer tooMany = call(HttpRequest.GET("/api/portal/invoices?limit=1000").bearerAuth(ana()));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.problem()).satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("input.invalid_value");
            assertThat(problem.field()).isEqualTo("limit");
            assertThat(problem.rejectedValue()).isEqualTo("1000");
        });

        Answer badStatus = call(HttpRequest.GET("/api/portal/invoices?status=lost").bearerAuth(ana()));
        assertThat(badStatus.problem().field()).isEqualTo("status");
        assertThat(badStatus.problem().rejectedValue()).isEqualTo("lost");

        Answer huge = call(HttpRequest.POST("/api/sign-in", "{\"token\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .contentType(MediaType.APPLICATION_JSON));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);

        Answer noToken = call(HttpRequest.POST("/api/sign-in", Map.of()));
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.problem().code()).isEqualTo("input.required");
        assertThat(noToken.problem().field()).isEqualTo("token");
    }

    @Test
    void withoutAValidBearerTokenTheApiAnswers401() {
        Answer none = call(HttpRequest.GET("/api/portal/dashboard"));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.authenticate()).isEqualTo("Bearer");
        assertThat(none.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);

        assertThat(call(HttpRequest.GET("/api/portal/dashboard").bearerAuth("made-up")).status()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/api/business/clients").bearerAuth(ana())).status()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/api/portal/dashboard").bearerAuth(STAFF_TOKEN)).status()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/api/business/clients")).status()).isEqualTo(401);
    }

    @Test
    void theQuoteWaitingForTheClientOpensWithItsLinesAndRefusesBadDecisions() {
        List<QuoteRowJson> quotes = list("/api/portal/quotes", ana(), QuoteRowJson.class);
        QuoteRowJson sent = quotes.stream().filter(row -> row.status().equals("SENT")).findFirst().orElseThrow();
        assertThat(sent.awaitsDecision()).isTrue();
        assertThat(sent.total().currency()).isEqualTo("USD");

        QuoteJson quote = get("/api/portal/quotes/" + sent.id(), ana(), Argument.of(QuoteJson.class));
        assertThat(quote.summary()).isEqualTo(sent);
        assertThat(quote.lines()).extracting(ApiJson.LineJson::description)
                .containsExactly("Annual report design", "Infographics");
        assertThat(quote.contentHash()).hasSize(64);
        assertThat(quote.decisions()).isNullOrEmpty();
        assertThat(quote.invoiceIds()).isNullOrEmpty();

        String decide = "/api/portal/quotes/" + sent.id();
        Answer twoLines = call(HttpRequest.POST(decide + "/acceptance", Map.of("typedName", "Ana\nRuiz"))
                .bearerAuth(ana()));
        assertThat(twoLines.status()).isEqualTo(400);
        assertThat(twoLines.problem().code()).isEqualTo("input.invalid_value");
        assertThat(twoLines.problem().field()).isEqualTo("typedName");
        Answer noReason = call(HttpRequest.POST(decide + "/rejection", Map.of()).bearerAuth(ana()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.problem().code()).isEqualTo("input.required");
        assertThat(noReason.problem().field()).isEqualTo("reason");
        Answer blankComment = call(HttpRequest.POST(decide + "/change-request", Map.of("comment", " "))
                .bearerAuth(ana()));
        assertThat(blankComment.status()).isEqualTo(400);
        assertThat(blankComment.problem().field()).isEqualTo("comment");
        QuoteJson unchanged = get(decide, ana(), Argument.of(QuoteJson.class));
        assertThat(unchanged).isEqualTo(quote);
    }

    @Test
    void theDeliverableWaitingForApprovalOpensWithItsFilesAndTheVersionsHashAsETag() {
        List<PendingApprovalJson> pending = list("/api/portal/approvals", ana(), PendingApprovalJson.class);
        PendingApprovalJson moodboard = pending.stream()
                .filter(waiting -> waiting.title().equals("Spring campaign moodboard")).findFirst().orElseThrow();
        assertThat(moodboard.version()).isEqualTo(1);

        HttpResponse<DeliverableVersionJson> opened = blocking().exchange(HttpRequest.GET(
                "/api/portal/deliverable-versions/" + moodboard.versionId()).bearerAuth(ana()),
                DeliverableVersionJson.class);
        DeliverableVersionJson version = Objects.requireNonNull(opened.body());
        assertThat(opened.header(HttpHeaders.ETAG)).isEqualTo("\"" + moodboard.contentHash() + "\"");
        assertThat(version.contentHash()).isEqualTo(moodboard.contentHash());
        assertThat(version.note()).isEqualTo("Second round, warmer palette");
        assertThat(version.files()).extracting(ApiJson.VersionFileJson::name).containsExactly("moodboard-v2.txt");
        assertThat(version.requestStatus()).isEqualTo("PENDING");
        assertThat(version.canDecide()).isTrue();

        String decide = "/api/portal/deliverables/" + moodboard.deliverableId();
        Answer notAHash = call(HttpRequest.POST(decide + "/approval", Map.of()).header(HttpHeaders.IF_MATCH,
                "\"v1\"").bearerAuth(ana()));
        assertThat(notAHash.status()).isEqualTo(400);
        assertThat(notAHash.problem().field()).isEqualTo("If-Match");
        Answer noVersion = call(HttpRequest.POST(decide + "/approval", Map.of()).bearerAuth(ana()));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.problem().code()).isEqualTo("input.required");
        assertThat(noVersion.problem().field()).isEqualTo("version");
        Answer noComment = call(HttpRequest.POST(decide + "/change-request", Map.of("version", 1))
                .bearerAuth(ana()));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.problem().field()).isEqualTo("comment");
        assertThat(list("/api/portal/approvals", ana(), PendingApprovalJson.class))
                .isEqualTo(pending);
    }

    @Test
    void theAgreementToSignOpensWithItsTextAndTheVersionNumberAsETag() {
        List<AgreementRowJson> agreements = list("/api/portal/agreements", ana(), AgreementRowJson.class);
        AgreementRowJson msa = agreements.stream()
                .filter(row -> row.title().equals("Master services agreement 2026")).findFirst().orElseThrow();
        assertThat(msa.status()).isEqualTo("SENT");

        HttpResponse<AgreementJson> opened = blocking().exchange(HttpRequest.GET("/api/portal/agreements/"
                + msa.id()).bearerAuth(ana()), AgreementJson.class);
        AgreementJson agreement = Objects.requireNonNull(opened.body());
        assertThat(opened.header(HttpHeaders.ETAG)).isEqualTo("\"" + msa.version() + "\"");
        assertThat(agreement.text()).startsWith("Northwind Studio provides design services");
        assertThat(agreement.contentHash()).hasSize(64);
        assertThat(agreement.signers()).singleElement().satisfies(signer -> {
            assertThat(signer.name()).isEqualTo("Ana Ruiz");
            assertThat(signer.signed()).isFalse();
        });

        String sign = "/api/portal/agreements/" + msa.id() + "/signature";
        Answer weak = call(HttpRequest.POST(sign, Map.of("typedName", "Ana Ruiz"))
                .header(HttpHeaders.IF_MATCH, "W/\"1\"").bearerAuth(ana()));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.problem().field()).isEqualTo("If-Match");
        Answer unnamed = call(HttpRequest.POST(sign, Map.of("version", msa.version())).bearerAuth(ana()));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.problem().field()).isEqualTo("typedName");
        AgreementJson unchanged = get("/api/portal/agreements/" + msa.id(), ana(), Argument.of(AgreementJson.class));
        assertThat(unchanged).isEqualTo(agreement);
    }

    @Test
    void theThreadAboutAnInvoiceReadsInOrderAndIsReadAfterwards() {
        ThreadJson thread = list("/api/portal/threads", ana(), ThreadJson.class).stream()
                .filter(row -> "INVOICE".equals(row.aboutType())).findFirst().orElseThrow();
        assertThat(thread.subject()).startsWith("Website invoice ");

        PageJson<MessageJson> messages = get("/api/portal/threads/" + thread.id() + "/messages?limit=1", ana(),
                Argument.of(PageJson.class, MessageJson.class));
        assertThat(messages.items()).singleElement().satisfies(message -> {
            assertThat(message.sequence()).isEqualTo(1);
            assertThat(message.body()).startsWith("Thanks for the card payment!");
        });
        ThreadJson after = list("/api/portal/threads", ana(), ThreadJson.class).stream()
                .filter(row -> row.id().equals(thread.id())).findFirst().orElseThrow();
        assertThat(after.unread()).isZero();

        Answer empty = call(HttpRequest.POST("/api/portal/threads/" + thread.id() + "/messages",
                Map.of("body", "")).bearerAuth(ana()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.problem().code()).isEqualTo("input.required");
        assertThat(empty.problem().field()).isEqualTo("body");
        Answer tooMany = call(HttpRequest.GET("/api/portal/threads/" + thread.id() + "/messages?limit=101")
                .bearerAuth(ana()));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.problem().field()).isEqualTo("limit");
    }

    @Test
    void theSharedFileDownloadsWithItsBytesAndTheLibrarysHeaders() {
        FileJson moodboard = list("/api/portal/files", ana(), FileJson.class).stream()
                .filter(file -> file.name().equals("moodboard-v2.txt")).findFirst().orElseThrow();
        assertThat(moodboard.source()).isEqualTo("BUSINESS");

        HttpResponse<byte[]> download = blocking().exchange(HttpRequest.GET("/api/portal/files/" + moodboard.id())
                .bearerAuth(ana()), byte[].class);
        String text = new String(Objects.requireNonNull(download.body()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("Moodboard, second round");
        assertThat((long) download.body().length).isEqualTo(moodboard.size());
        assertThat(download.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/plain").contains("charset=utf-8");
        assertThat(download.header(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).startsWith("sandbox");
    }

    @Test
    void anotherClientsOrWorkspacesQuotesDeliverablesAgreementsThreadsAndFilesAreNotFound() {
        Client initech = client("Initech GmbH");
        ContactId ivo = contact(initech.id(), "ivo@initech.example");
        SharedFile file = share(initech.id(), "initech-brief.txt", "What Initech needs.");
        Quote quote = sentQuote(owner(), initech.id(), "UX workshop", Money.of("900.00", CurrencyUnit.EUR));
        Deliverable deliverable = deliverableAwaiting(initech.id(), ivo, "Initech wireframes");
        Agreement agreement = portal.agreements().send(owner(), portal.agreements().createDraft(owner(),
                new DraftAgreement(initech.id(), "Initech terms", AgreementDocument.text("Terms for Initech."),
                        List.of(ivo))).id());
        MessageThread thread = portal.messaging().startThread(owner(), initech.id(),
                NewThread.titled("Kick-off", MessageContent.text("When can we meet?")));
        Client elsewhere = clientOfAnotherWorkspace();
        Quote otherWorkspaces = sentQuote(ownerOf(elsewhere.workspaceId()), elsewhere.id(), "Work",
                Money.of("100.00", CurrencyUnit.USD));

        String version = deliverable.versions().get(0).id().toString();
        Map<String, String> notFound = new LinkedHashMap<>();
        for (Quote other : List.of(quote, otherWorkspaces)) {
            notFound.put("GET /api/portal/quotes/" + other.id(), "quote.not_found");
            notFound.put("POST /api/portal/quotes/" + other.id() + "/acceptance", "quote.not_found");
        }
        notFound.put("POST /api/portal/quotes/" + quote.id() + "/rejection", "quote.not_found");
        notFound.put("POST /api/portal/quotes/" + quote.id() + "/change-request", "quote.not_found");
        notFound.put("GET /api/portal/deliverable-versions/" + version, "deliverable.not_found");
        notFound.put("POST /api/portal/deliverables/" + deliverable.id() + "/approval", "deliverable.not_found");
        notFound.put("POST /api/portal/deliverables/" + deliverable.id() + "/change-request",
                "deliverable.not_found");
        notFound.put("GET /api/portal/agreements/" + agreement.id(), "agreement.not_found");
        notFound.put("POST /api/portal/agreements/" + agreement.id() + "/signature", "agreement.not_found");
        notFound.put("GET /api/portal/threads/" + thread.id() + "/messages", "thread.not_found");
        notFound.put("POST /api/portal/threads/" + thread.id() + "/messages", "thread.not_found");
        notFound.put("GET /api/portal/files/" + file.id(), "file.not_found");
        notFound.put("GET /api/portal/files/not-a-file-id", "file.not_found");
        Map<String, Object> body = Map.of("typedName", "Ana Ruiz", "reason", "No", "comment", "No", "version", 1,
                "body", "Hello");
        notFound.forEach((request, code) -> {
            String path = request.substring(request.indexOf(' ') + 1);
            Answer answer = call(request.startsWith("GET") ? HttpRequest.GET(path).bearerAuth(ana())
                    : HttpRequest.POST(path, body).bearerAuth(ana()));
            assertThat(answer.status()).as(request).isEqualTo(404);
            assertThat(answer.problem().code()).as(request).isEqualTo(code);
        });

        assertThat(list("/api/portal/quotes", ana(), QuoteRowJson.class))
                .extracting(QuoteRowJson::id).doesNotContain(quote.id().toString());
        assertThat(list("/api/portal/files", ana(), FileJson.class))
                .extracting(FileJson::id).doesNotContain(file.id().toString());
        assertThat(call(HttpRequest.GET("/api/portal/quotes").bearerAuth(STAFF_TOKEN)).status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithTheBearerScheme() {
        HttpResponse<String> response = blocking().exchange(HttpRequest.GET("/openapi.yml"), String.class);
        assertThat(response.getContentType()).contains(MediaType.of("application/yaml"));
        String document = Objects.requireNonNull(response.body());
        assertThat(document).startsWith("openapi: 3.1");
        assertThat(document.lines().filter(line -> line.startsWith("  /")).map(String::trim).toList())
                .containsExactlyInAnyOrder("/api/business/clients:", "/api/business/clients/{id}/contacts:",
                        "/api/business/invoices:",
                        "/api/business/invoices/{id}:", "/api/business/contacts/{id}/invitations:",
                        "/api/business/invoices/{id}/issue:", "/api/business/invoices/{id}/void:",
                        "/api/business/invoices/{id}/payments:", "/api/business/payments/{id}/refunds:",
                        "/api/business/invoices/{id}/engagement:", "/api/business/quotes/{id}/engagement:",
                        "/api/business/invoices/{id}/reminders:", "/api/business/follow-ups:",
                        "/api/business/aging:", "/api/business/audit/verification:",
                        "/api/portal/dashboard:", "/api/portal/invoices:",
                        "/api/portal/invoices/{id}:", "/api/portal/invoices/{id}/payments:",
                        "/api/portal/invoices/{id}/pdf:", "/api/portal/payments:",
                        "/api/portal/payments/{id}/receipt:", "/api/portal/statement:",
                        "/api/portal/quotes:", "/api/portal/quotes/{id}:", "/api/portal/quotes/{id}/acceptance:",
                        "/api/portal/quotes/{id}/rejection:", "/api/portal/quotes/{id}/change-request:",
                        "/api/portal/approvals:", "/api/portal/deliverable-versions/{id}:",
                        "/api/portal/deliverables/{id}/approval:", "/api/portal/deliverables/{id}/change-request:",
                        "/api/portal/agreements:", "/api/portal/agreements/{id}:",
                        "/api/portal/agreements/{id}/signature:", "/api/portal/threads:",
                        "/api/portal/threads/{id}/messages:", "/api/portal/files:", "/api/portal/files/{id}:",
                        "/api/sign-in:",
                        "/api/sign-in/links:", "/api/sign-out:",
                        "/demo-checkout/{session}:", "/demo-checkout/{session}/pay:", "/dev/mailbox:",
                        "/exports/{file}:",
                        "/stripe/webhook:");
        assertThat(document).contains("securitySchemes:", "scheme: bearer", "name: Idempotency-Key")
                .doesNotContain("Principal");
        assertThat(parameter(document, "/api/business/invoices/{id}/payments", "post", "Idempotency-Key"))
                .as("the business's payments refuse a request without a key").contains("required: true");
        assertThat(parameter(document, "/api/business/payments/{id}/refunds", "post", "Idempotency-Key"))
                .as("as its refunds do").contains("required: true");
        assertThat(parameter(document, "/api/portal/invoices/{id}/payments", "post", "Idempotency-Key"))
                .as("a client's payment start takes one if sent").contains("in: header")
                .doesNotContain("required: true");
    }

    /**
     * The lines of one parameter of one operation in the OpenAPI document as micronaut-openapi writes it: paths
     * indented by 2, operations by 4, parameters listed at 6.
     */
    private static String parameter(String document, String path, String method, String name) {
        List<String> lines = document.lines().toList();
        int at = lines.indexOf("  " + path + ":");
        assertThat(at).as("path %s", path).isNotNegative();
        at = indexFrom(lines, at + 1, "    " + method + ":", "  /");
        assertThat(at).as("%s %s", method, path).isNotNegative();
        at = indexFrom(lines, at + 1, "      - name: " + name, "    ");
        assertThat(at).as("parameter %s of %s %s", name, method, path).isNotNegative();
        StringBuilder block = new StringBuilder(lines.get(at));
        for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("        "); i++) {
            block.append('\n').append(lines.get(i));
        }
        return block.toString();
    }

    /** The index of the line {@code wanted} from {@code from} on, -1 once a line starts with {@code end} first. */
    private static int indexFrom(List<String> lines, int from, String wanted, String end) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(wanted)) {
                return i;
            }
            if (lines.get(i).startsWith(end) && !lines.get(i).startsWith(end + " ")) {
                return -1;
            }
        }
        return -1;
    }

    /** A payment of the other client of the demo workspace, recorded here by its owner. */
    private String initechPayment() {
        StaffPrincipal owner = owner();
        BusinessInvoiceJson initechInvoice = staffInvoices("&status=open").stream()
                .filter(row -> row.total().currency().equals("EUR")).findFirst().orElseThrow();
        return portal.payments().record(owner, RecordPayment.manual(ClientId.of(initechInvoice.clientId()),
                Money.of("10.00", CurrencyUnit.EUR), PaymentMethod.BANK_TRANSFER, "initech-test-" + System.nanoTime())
                .allocateTo(InvoiceId.of(initechInvoice.id()))).id().toString();
    }

    private PageJson<InvoiceRowJson> invoicePage(String query) {
        return get("/api/portal/invoices" + query, ana(), Argument.of(PageJson.class, InvoiceRowJson.class));
    }

    private String ana() {
        if (anaSession == null) {
            anaSession = signIn(DemoWorkspace.ANA);
        }
        return anaSession;
    }
}
