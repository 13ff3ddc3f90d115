package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceSettings;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.demo.PaymentChoice;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host started for HTTP tests with the demo workspace seeded, and how they call it: signing a contact in through
 * the dev mailbox, reading JSON, and reading any answer raw with its problem document.
 */
abstract class HostOverHttp {

    /** The staff token the tests configure for the demo workspace's owner. */
    static final String STAFF_TOKEN = "test-staff-token-of-the-owner";

    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    ClientPortal portal;

    @Inject
    DemoSeed demo;

    @Inject
    PaymentChoice payments;

    String signIn(String email) {
        return blocking().retrieve(HttpRequest.POST("/api/sign-in", Map.of("token", mailedToken(email))),
                Session.class).sessionToken();
    }

    String mailedToken(String email) {
        HttpResponse<?> accepted = blocking().exchange(HttpRequest.POST("/api/sign-in/links", Map.of(
                "workspace", demo.workspaceId().orElseThrow().toString(), "email", email)));
        assertThat(accepted.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        List<MailJson> mails = blocking().retrieve(HttpRequest.GET("/dev/mailbox"), Argument.listOf(MailJson.class));
        String link = mails.stream().filter(mail -> mail.recipient().equals(email)
                        && mail.kind().equals("SIGN_IN_LINK")).findFirst().orElseThrow().links().get(0);
        String query = URI.create(link).getRawQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }

    @SuppressWarnings("unchecked")
    <T> T get(String path, String bearer, Argument<?> type) {
        return (T) blocking().retrieve(HttpRequest.GET(path).bearerAuth(bearer), type);
    }

    /** The demo workspace's invoices as its owner lists them, up to 100, with more of the list's query. */
    List<BusinessInvoiceJson> staffInvoices(String query) {
        PageJson<BusinessInvoiceJson> page = get("/api/business/invoices?limit=100" + query, STAFF_TOKEN,
                Argument.of(PageJson.class, BusinessInvoiceJson.class));
        return page.items();
    }

    /** A JSON array the API answers to a GET, read as a list. */
    <T> List<T> list(String path, String bearer, Class<T> type) {
        return blocking().retrieve(HttpRequest.GET(path).bearerAuth(bearer), Argument.listOf(type));
    }

    BlockingHttpClient blocking() {
        return http.toBlocking();
    }

    Answer call(MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        String body;
        try {
            HttpResponse<String> ok = blocking().exchange(request, String.class);
            response = ok;
            body = ok.body();
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
            body = response.getBody(String.class).orElse("");
        }
        String contentType = response.getContentType().map(MediaType::toString).orElse("");
        return new Answer(response.code(), contentType, body == null ? "" : body,
                response.header(HttpHeaders.WWW_AUTHENTICATE),
                contentType.equals(MediaType.APPLICATION_JSON_PROBLEM) ? problemOf(body) : null);
    }

    /** The demo workspace's owner, for setting up what a test needs through the portal itself. */
    StaffPrincipal owner() {
        return StaffPrincipal.of(demo.workspaceId().orElseThrow(), DemoWorkspace.OWNER);
    }

    /** A client of the demo workspace by name: {@code Globex Corporation} or {@code Initech GmbH}. */
    Client client(String name) {
        return portal.clients().list(owner(), 0, 10).stream().filter(client -> client.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** A contact of a client of the demo workspace by email. */
    ContactId contact(ClientId clientId, String email) {
        return portal.clients().contacts(owner(), clientId).stream().filter(contact -> contact.email().equals(email))
                .findFirst().orElseThrow().id();
    }

    /** A text file the business shares with a client. */
    SharedFile share(ClientId clientId, String name, String text) {
        return portal.files().share(owner(), clientId, new FileUpload(name, "text/plain",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** A sent quote of one line, for a client in its currency, by a staff member of the client's workspace. */
    Quote sentQuote(StaffPrincipal staff, ClientId clientId, String line, Money price) {
        return portal.quotes().send(staff, portal.quotes().createDraft(staff, DraftQuote.forClient(clientId)
                .line(line, "1", "project", price)).id());
    }

    /** A new deliverable with one version of one shared file, its approval asked of one contact. */
    Deliverable deliverableAwaiting(ClientId clientId, ContactId approver, String title) {
        SharedFile file = share(clientId, "draft-" + System.nanoTime() + ".txt", "A first draft of " + title + ".");
        Deliverable deliverable = portal.approvals().create(owner(), CreateDeliverable.forClient(clientId, title));
        portal.approvals().addVersion(owner(), AddVersion.of(deliverable.id(), "First draft", file.id()));
        return portal.approvals().requestApproval(owner(), RequestApproval.fromAny(deliverable.id(), approver));
    }

    /** An issued invoice of a client of a new workspace, for checking that the demo's staff cannot reach it. */
    Invoice invoiceOfAnotherWorkspace() {
        Client client = clientOfAnotherWorkspace();
        StaffPrincipal owner = ownerOf(client.workspaceId());
        return portal.invoicing().issue(owner, portal.invoicing().createDraft(owner, DraftInvoice.forClient(
                client.id()).line("Work", "1", "h", Money.of("100.00", CurrencyUnit.USD))).id());
    }

    /** A client of a new workspace. */
    Client clientOfAnotherWorkspace() {
        Workspace other = portal.workspaces().create(new CreateWorkspace(WorkspaceSettings.defaults("Other Studio",
                CurrencyUnit.USD, PaymentTerms.net(30)), new Branding("", "#1D3557", "#C2410C")));
        return portal.clients().create(ownerOf(other.id()), new CreateClient("Other Client", "ap@other.example"));
    }

    /** The owner of another workspace. */
    static StaffPrincipal ownerOf(WorkspaceId workspace) {
        return StaffPrincipal.of(workspace, "owner@other.example");
    }

    private Problem problemOf(String body) {
        try {
            return json.readValue(body, Problem.class);
        } catch (IOException e) {
            throw new AssertionError("not a problem document: " + body, e);
        }
    }

    /** A response read raw, for statuses the client would throw on; the problem document of an error. */
    record Answer(int status, String contentType, String body, String authenticate, Problem problem) {
    }
}
