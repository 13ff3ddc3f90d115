package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.LocalFileStore;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.jpa.JpaPortalStores;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.demo.DevMailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * The host started once for all its HTTP tests (one Spring context, cached): on an in-memory H2 database with the
 * demo workspace seeded, the dev mailbox on, and a port chosen before start so that the sign-in links the portal
 * mails point at this very server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class RunningHost {

    static final int PORT = freePort();

    private static TestBrowser staffSession;

    @Autowired
    ClientPortal portal;

    @Autowired
    DemoSeed demo;

    @Autowired
    DevMailbox mailbox;

    @Autowired
    JpaPortalStores stores;

    @DynamicPropertySource
    static void portalOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("portal.base-url", () -> "http://localhost:" + PORT);
        registry.add("portal.data-dir", () -> "target/spring-host-test-data");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:spring-host-test;DB_CLOSE_DELAY=-1");
        // ClientPageStatementsTest counts the statements and transactions of client pages
        registry.add("spring.jpa.properties.hibernate.generate_statistics", () -> "true");
    }

    TestBrowser browser() {
        return new TestBrowser(PORT);
    }

    WorkspaceId workspace() {
        return demo.workspaceId().orElseThrow();
    }

    StaffPrincipal owner() {
        return StaffPrincipal.of(workspace(), "owner@northwind.example");
    }

    Client client(String name) {
        return portal.clients().list(owner(), 0, 50).stream().filter(client -> client.name().equals(name))
                .findFirst().orElseThrow();
    }

    Contact contact(String email) {
        return portal.clients().list(owner(), 0, 50).stream()
                .flatMap(client -> portal.clients().contacts(owner(), client.id()).stream())
                .filter(contact -> contact.email().equals(email))
                .findFirst().orElseThrow();
    }

    List<Invoice> issuedInvoicesOf(String clientName) {
        return portal.invoicing().list(owner(), InvoiceFilter.forClient(client(clientName).id()), 0, 100).stream()
                .filter(invoice -> invoice.status() != InvoiceStatus.DRAFT)
                .toList();
    }

    /**
     * A demo invoice found by its first line (numbers depend on the year the demo was seeded in).
     *
     * @param clientName  the client
     * @param description the description of its first line
     * @return the issued invoice
     */
    Invoice invoiceStarting(String clientName, String description) {
        return issuedInvoicesOf(clientName).stream()
                .filter(invoice -> invoice.content().lines().get(0).description().equals(description))
                .findFirst().orElseThrow();
    }

    /**
     * The demo's staff user signed in once for all tests: staff sign-in attempts are limited per address, so the
     * tests share one session (signed in again only when it has ended).
     */
    synchronized TestBrowser signedInAsStaff() {
        if (staffSession == null || staffSession.get("/staff").status() != 200) {
            staffSession = staffSignIn();
        }
        return staffSession;
    }

    /** A new browser signed in as the demo's staff user through the staff sign-in form. */
    TestBrowser staffSignIn() {
        TestBrowser browser = browser();
        browser.get("/staff/sign-in");
        TestBrowser.Page signedIn = browser.submit("/staff/sign-in", Map.of("email", StaffExportsTest.STAFF,
                "password", StaffExportsTest.DEMO_PASSWORD));
        if (signedIn.status() != 302 || !signedIn.header("Location").orElse("").endsWith("/staff")) {
            throw new AssertionError("staff sign-in answered " + signedIn.status() + ": " + signedIn.body());
        }
        return browser;
    }

    /** A browser signed in as the contact, by an invitation link (no email request, so no rate limit is used). */
    TestBrowser signedInAs(String email) {
        TestBrowser browser = browser();
        String token = portal.access().invite(owner(), contact(email).id()).token();
        TestBrowser.Page signedIn = browser.signIn(token);
        if (signedIn.status() != 302) {
            throw new AssertionError("sign-in answered " + signedIn.status() + ": " + signedIn.body());
        }
        return browser;
    }

    /**
     * Another workspace with a client named like one of the demo's and a draft invoice for it, to show that its ids
     * open nothing in the demo's.
     *
     * @return its owner, its client and the draft
     */
    Elsewhere anotherWorkspace() {
        Workspace other = portal.workspaces().create(new CreateWorkspace("Elsewhere Ltd", USD, PaymentTerms.net(14)));
        StaffPrincipal otherOwner = StaffPrincipal.of(other.id(), "owner@elsewhere.example");
        Client client = portal.clients().create(otherOwner, new CreateClient("Globex Corporation",
                "ap@globex.example"));
        return new Elsewhere(otherOwner, client, portal.invoicing().createDraft(otherOwner,
                DraftInvoice.forClient(client.id()).line("Consulting", "1", "h", Money.of("100.00", USD))));
    }

    /**
     * Another workspace's owner, client and draft.
     *
     * @param owner  who owns it
     * @param client its client
     * @param draft  a draft invoice of that client
     */
    record Elsewhere(StaffPrincipal owner, Client client, Invoice draft) {
    }

    /**
     * A client of its own, so that paying leaves the demo's figures as the other tests expect them: a billing
     * contact, an invoice issued 45 days ago on net 30 (overdue), and an invoice of USD 1,500.00 on a schedule of
     * three installments of USD 500.00, the first due today.
     *
     * @return the client, its contact's email and its two invoices
     */
    PayingClient newPayingClient() {
        String name = "payer-" + UUID.randomUUID().toString().substring(0, 8);
        DemoWorkspace.SeedClock clock = new DemoWorkspace.SeedClock(Instant.now().minus(Duration.ofDays(45)));
        ClientPortal past = ClientPortal.builder().clock(clock).stores(stores)
                .fileStore(LocalFileStore.in(Path.of("target/spring-host-test-data/files"))).build();
        Client client = past.clients().create(owner(), new CreateClient("Client " + name, name + "@payer.example"));
        String email = "billing-" + name + "@payer.example";
        past.clients().addContact(owner(), new AddContact(client.id(), "Pat Payer", email, Set.of(Role.BILLING)));
        Invoice overdue = past.invoicing().issue(owner(), past.invoicing().createDraft(owner(),
                DraftInvoice.forClient(client.id()).line("Overdue work", "2", "h", Money.of("60.00", USD))).id());
        DraftInvoice scheduled = DraftInvoice.forClient(client.id())
                .line("Retainer", "3", "month", Money.of("500.00", USD));
        Invoice draft = portal.invoicing().createDraft(owner(), scheduled);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        portal.invoicing().updateDraft(owner(), draft.id(), scheduled.schedule(PaymentSchedule.depositThenInstallments(
                draft.total(), Percentage.of(0), today, 3, today, Period.ofMonths(1))));
        return new PayingClient(client, email, overdue, portal.invoicing().issue(owner(), draft.id()));
    }

    /**
     * A client of its own for paying.
     *
     * @param client    the client
     * @param email     its billing contact's email
     * @param overdue   an invoice past its due date
     * @param scheduled an invoice on a schedule of three installments
     */
    record PayingClient(Client client, String email, Invoice overdue, Invoice scheduled) {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
