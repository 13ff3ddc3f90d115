package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.micronauthost.ApiJson.AgreementJson;
import dev.clientportal.examples.micronauthost.ApiJson.AgreementRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.DecisionJson;
import dev.clientportal.examples.micronauthost.ApiJson.FileJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.MessageJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import dev.clientportal.examples.micronauthost.ApiJson.PendingApprovalJson;
import dev.clientportal.examples.micronauthost.ApiJson.QuoteJson;
import dev.clientportal.examples.micronauthost.ApiJson.QuoteRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.ThreadJson;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's decisions and uploads over HTTP, in a database of their own (they change what {@link ApiOverHttp}
 * reads): Ana Ruiz of Globex accepts, rejects and questions quotes, approves deliverables and signs the agreement on
 * the version she was shown, posts to a thread and uploads files, here under a 64 KiB upload limit.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
@Property(name = "portal.files.max-bytes", value = "65536")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientDecisionsOverHttpTest extends HostOverHttp {

    private String anaSession;

    @Test
    void acceptingTheQuoteRecordsTheTypedNameAndIssuesItsInvoiceOnce() {
        String ana = ana();
        QuoteRowJson sent = list("/api/portal/quotes", ana, QuoteRowJson.class).stream()
                .filter(row -> row.status().equals("SENT")).findFirst().orElseThrow();

        QuoteJson accepted = decide(ana, "/api/portal/quotes/" + sent.id() + "/acceptance",
                Map.of("typedName", "Ana Ruiz"), QuoteJson.class);
        assertThat(accepted.summary().status()).isEqualTo("ACCEPTED");
        assertThat(accepted.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo("ACCEPTED");
            assertThat(decision.typedName()).isEqualTo("Ana Ruiz");
        });
        assertThat(accepted.invoiceIds()).hasSize(1);
        InvoiceJson invoice = get("/api/portal/invoices/" + accepted.invoiceIds().get(0), ana,
                Argument.of(InvoiceJson.class));
        assertThat(invoice.summary().total()).isEqualTo(sent.total());
        assertThat(invoice.lines()).extracting(ApiJson.LineJson::description)
                .containsExactly("Annual report design", "Infographics");

        Answer again = call(HttpRequest.POST("/api/portal/quotes/" + sent.id() + "/acceptance",
                Map.of("typedName", "Ana Ruiz")).bearerAuth(ana));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem().code()).isEqualTo("quote.already_accepted");
        QuoteJson after = get("/api/portal/quotes/" + sent.id(), ana, Argument.of(QuoteJson.class));
        assertThat(after.invoiceIds()).isEqualTo(accepted.invoiceIds());
    }

    @Test
    void rejectingOrAskingForChangesKeepsTheClientsWords() {
        String ana = ana();
        Client globex = client("Globex Corporation");
        Quote photos = sentQuote(owner(), globex.id(), "Product photography", Money.of("2400.00", CurrencyUnit.USD));
        Quote video = sentQuote(owner(), globex.id(), "Launch video", Money.of("7800.00", CurrencyUnit.USD));

        QuoteJson rejected = decide(ana, "/api/portal/quotes/" + photos.id() + "/rejection",
                Map.of("reason", "We shoot in-house this year."), QuoteJson.class);
        assertThat(rejected.summary().status()).isEqualTo("REJECTED");
        assertThat(rejected.decisions()).extracting(ApiJson.QuoteDecisionJson::text)
                .containsExactly("We shoot in-house this year.");
        QuoteJson questioned = decide(ana, "/api/portal/quotes/" + video.id() + "/change-request",
                Map.of("comment", "Could it be 60 seconds instead of 90?"), QuoteJson.class);
        assertThat(questioned.summary().status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(questioned.summary().awaitsDecision()).isTrue();

        Answer late = call(HttpRequest.POST("/api/portal/quotes/" + photos.id() + "/acceptance",
                Map.of("typedName", "Ana Ruiz")).bearerAuth(ana));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problem().code()).isEqualTo("quote.illegal_transition");
    }

    @Test
    void anApprovalLandsOnlyOnTheVersionShownWhichIfMatchNames() {
        String ana = ana();
        Client globex = client("Globex Corporation");
        ContactId anaId = contact(globex.id(), DemoWorkspace.ANA);
        Deliverable cover = deliverableAwaiting(globex.id(), anaId, "Annual report cover");
        String shown = versionTag(ana, cover.versions().get(0).id().toString());

        portal.approvals().withdraw(owner(), cover.id(), "A second draft follows");
        portal.approvals().addVersion(owner(), AddVersion.of(cover.id(), "Second draft",
                share(globex.id(), "cover-v2.txt", "The cover, second draft.").id()));
        Deliverable second = portal.approvals().requestApproval(owner(),
                RequestApproval.fromAny(cover.id(), anaId));
        String approve = "/api/portal/deliverables/" + cover.id() + "/approval";
        Answer stale = call(HttpRequest.POST(approve, Map.of()).header(HttpHeaders.IF_MATCH, shown)
                .bearerAuth(ana));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problem().code()).isEqualTo("approval.version_superseded");
        Answer staleByNumber = call(HttpRequest.POST(approve, Map.of("version", 1)).bearerAuth(ana));
        assertThat(staleByNumber.status()).isEqualTo(409);

        String current = versionTag(ana, second.versions().get(1).id().toString());
        DecisionJson approved = decide(ana, approve, Map.of("typedName", "Ana Ruiz", "comment", "Lovely."),
                DecisionJson.class, current);
        assertThat(approved.decision()).isEqualTo("APPROVE");
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.requestStatus()).isEqualTo("APPROVED");
        assertThat(list("/api/portal/approvals", ana, PendingApprovalJson.class))
                .extracting(PendingApprovalJson::deliverableId).doesNotContain(cover.id().toString());
    }

    @Test
    void askingForChangesOnAFileOfTheVersionOpensARevisionRound() {
        String ana = ana();
        PendingApprovalJson moodboard = list("/api/portal/approvals", ana, PendingApprovalJson.class).stream()
                .filter(pending -> pending.title().equals("Spring campaign moodboard")).findFirst().orElseThrow();
        ApiJson.DeliverableVersionJson version = get("/api/portal/deliverable-versions/" + moodboard.versionId(),
                ana, Argument.of(ApiJson.DeliverableVersionJson.class));
        String file = version.files().get(0).fileId();

        DecisionJson changes = decide(ana, "/api/portal/deliverables/" + moodboard.deliverableId()
                + "/change-request", Map.of("version", 1, "comment", "Fewer photos, more type.", "fileId", file),
                DecisionJson.class);
        assertThat(changes.decision()).isEqualTo("REQUEST_CHANGES");
        assertThat(changes.requestStatus()).isEqualTo("CHANGES_REQUESTED");
        assertThat(changes.round()).isEqualTo(1);
        assertThat(changes.beyondIncludedRounds()).isFalse();
        assertThat(list("/api/portal/approvals", ana, PendingApprovalJson.class))
                .extracting(PendingApprovalJson::deliverableId).doesNotContain(moodboard.deliverableId());
    }

    @Test
    void theAgreementIsSignedOnTheVersionShownAndAnEditedOneAnswers412() {
        String ana = ana();
        AgreementRowJson msa = list("/api/portal/agreements", ana, AgreementRowJson.class).get(0);
        String path = "/api/portal/agreements/" + msa.id();
        String shown = blocking().exchange(HttpRequest.GET(path).bearerAuth(ana), AgreementJson.class)
                .header(HttpHeaders.ETAG);

        AgreementJson signed = decide(ana, path + "/signature", Map.of("typedName", "Ana Ruiz"),
                AgreementJson.class, shown);
        assertThat(signed.signers()).singleElement().satisfies(signer -> {
            assertThat(signer.signed()).isTrue();
            assertThat(signer.typedName()).isEqualTo("Ana Ruiz");
        });

        Client globex = client("Globex Corporation");
        portal.agreements().edit(owner(), AgreementId.of(msa.id()), new DraftAgreement(globex.id(), msa.title(),
                AgreementDocument.text("Northwind Studio provides design services; invoices are due in 14 days."),
                List.of(contact(globex.id(), DemoWorkspace.ANA))));
        Answer stale = call(HttpRequest.POST(path + "/signature", Map.of("typedName", "Ana Ruiz"))
                .header(HttpHeaders.IF_MATCH, shown).bearerAuth(ana));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problem().code()).isEqualTo("agreement.version_changed");
        HttpResponse<AgreementJson> edited = blocking().exchange(HttpRequest.GET(path).bearerAuth(ana),
                AgreementJson.class);
        assertThat(edited.header(HttpHeaders.ETAG)).isEqualTo("\"2\"");
        assertThat(Objects.requireNonNull(edited.body()).signers()).allSatisfy(signer ->
                assertThat(signer.signed()).isFalse());
    }

    @Test
    void aPostedMessageCarriesAnUploadedFileAndPagesAfterTheFirst() {
        String ana = ana();
        ThreadJson thread = list("/api/portal/threads", ana, ThreadJson.class).get(0);
        FileJson brief = decide(ana, upload("brief.txt", MediaType.TEXT_PLAIN_TYPE, "Our brief, in short."),
                FileJson.class);

        MessageJson posted = decide(ana, "/api/portal/threads/" + thread.id() + "/messages",
                Map.of("body", "Here is our brief.", "attachments", List.of(brief.id())), MessageJson.class);
        assertThat(posted.sequence()).isEqualTo(2);
        assertThat(posted.attachments()).containsExactly(brief.id());

        PageJson<MessageJson> first = get("/api/portal/threads/" + thread.id() + "/messages?limit=1", ana,
                Argument.of(PageJson.class, MessageJson.class));
        assertThat(first.nextCursor()).isNotNull();
        PageJson<MessageJson> rest = get("/api/portal/threads/" + thread.id() + "/messages?limit=1&cursor="
                + first.nextCursor(), ana, Argument.of(PageJson.class, MessageJson.class));
        assertThat(rest.items()).containsExactly(posted);
        assertThat(rest.nextCursor()).isNull();
    }

    @Test
    void anUploadStreamsIntoTheLibraryAndOneOverTheLimitAnswers413() {
        String ana = ana();
        String text = "Meeting notes: the cover goes blue.";
        FileJson notes = decide(ana, upload("notes.txt", MediaType.TEXT_PLAIN_TYPE, text), FileJson.class);
        assertThat(notes.source()).isEqualTo("CLIENT");
        assertThat(notes.size()).isEqualTo(text.length());
        byte[] downloaded = blocking().exchange(HttpRequest.GET("/api/portal/files/" + notes.id()).bearerAuth(ana),
                byte[].class).body();
        assertThat(new String(Objects.requireNonNull(downloaded), StandardCharsets.UTF_8)).isEqualTo(text);
        List<FileJson> library = list("/api/portal/files", ana, FileJson.class);
        assertThat(library).extracting(FileJson::id).contains(notes.id());

        Answer tooLarge = call(upload("big.txt", MediaType.TEXT_PLAIN_TYPE, "a".repeat(70_000)).bearerAuth(ana));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).isEqualTo(MediaType.APPLICATION_JSON_PROBLEM);
        assertThat(tooLarge.problem().code()).isEqualTo("file.too_large");
        Answer program = call(upload("tool.exe", MediaType.of("application/x-msdownload"), "MZ").bearerAuth(ana));
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.problem().code()).isEqualTo("file.type_not_allowed");
        assertThat(list("/api/portal/files", ana, FileJson.class)).isEqualTo(library);
    }

    /** Ana's session, signed in once: the portal limits sign-ins per address. */
    private String ana() {
        if (anaSession == null) {
            anaSession = signIn(DemoWorkspace.ANA);
        }
        return anaSession;
    }

    private MutableHttpRequest<MultipartBody> upload(String name, MediaType type, String content) {
        return HttpRequest.POST("/api/portal/files", MultipartBody.builder()
                        .addPart("file", name, type, content.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private String versionTag(String session, String versionId) {
        return blocking().exchange(HttpRequest.GET("/api/portal/deliverable-versions/" + versionId)
                .bearerAuth(session), ApiJson.DeliverableVersionJson.class).header(HttpHeaders.ETAG);
    }

    private <T> T decide(String session, String path, Map<String, ?> body, Class<T> type) {
        return blocking().retrieve(HttpRequest.POST(path, body).bearerAuth(session), type);
    }

    private <T> T decide(String session, String path, Map<String, ?> body, Class<T> type, String ifMatch) {
        return blocking().retrieve(HttpRequest.POST(path, body).header(HttpHeaders.IF_MATCH, ifMatch)
                .bearerAuth(session), type);
    }

    private <T> T decide(String session, MutableHttpRequest<?> request, Class<T> type) {
        return blocking().retrieve(request.bearerAuth(session), type);
    }
}
