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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * The host started once for all its HTTP tests (one Spring context, cached): on an in-memory H2 database with the
 * demo workspace seeded, the dev mailbox on, and a port chosen before start so that the sign-in links the portal
 * mails point at this very server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class RunningHost {

    static final int PORT = freePort();

    @Autowired
    ClientPortal portal;

    @Autowired
    DemoWorkspace demo;

    @Autowired
    DevMailbox mailbox;

    @DynamicPropertySource
    static void portalOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("portal.base-url", () -> "http://localhost:" + PORT);
        registry.add("portal.data-dir", () -> "target/spring-host-test-data");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:spring-host-test;DB_CLOSE_DELAY=-1");
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
