package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** Per-document share links: exactly one document, read-only, until they expire or are revoked. */
class DocumentLinkTest {

    private static final Instant START = Instant.parse(PortalFixture.START);

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    /** Issued 2026-03-02, net 30: due 2026-04-01. */
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
    private final Invoice another = fixture.issuedInvoice(acme, globex, "200.00");

    @Test
    void aLink_opensExactlyItsDocument_readOnly() {
        SharedLink shared = access.shareDocument(acme, ref(invoice), Optional.empty());

        DocumentLinkPrincipal holder = access.openDocumentLink(shared.token(), fixture.browser());

        assertThat(holder.document()).isEqualTo(ref(invoice));
        assertThat(holder.linkId()).isEqualTo(shared.link().id());
        assertThat(holder.clientId()).isEqualTo(globex.id());
        assertThat(holder.channel()).isEqualTo(AccessChannel.DOCUMENT_LINK);
        assertThat(fixture.portal.clientViews().invoice(holder, invoice.id(), fixture.browser()).invoice().id())
                .isEqualTo(invoice.id());
        assertRejected(() -> fixture.portal.clientViews().invoice(holder, another.id(), fixture.browser()),
                ErrorCode.INVOICE_NOT_FOUND);
        assertRejected(() -> fixture.portal.clientViews().dashboard(holder), ErrorCode.DOCUMENT_NOT_FOUND);
        assertRejected(() -> fixture.portal.clientViews().invoices(holder, InvoiceListQuery.all(10)),
                ErrorCode.DOCUMENT_NOT_FOUND);
        assertRejected(() -> fixture.portal.clientViews().payments(holder, 0, 10), ErrorCode.DOCUMENT_NOT_FOUND);
        assertRejected(() -> fixture.portal.clientViews().statement(holder, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), fixture.browser()), ErrorCode.DOCUMENT_NOT_FOUND);
        assertRejected(() -> holder.requireAllowed(PortalAction.PAY), ErrorCode.READ_ONLY_ACCESS);
        assertRejected(() -> holder.requireAllowed(PortalAction.DECIDE), ErrorCode.READ_ONLY_ACCESS);
        assertRejected(() -> holder.requireAllowed(PortalAction.CONTRIBUTE), ErrorCode.READ_ONLY_ACCESS);
    }

    @Test
    void aLinkToTheStatement_opensTheStatement() {
        SharedLink shared = access.shareDocument(acme, DocumentRef.of(DocumentType.STATEMENT, globex.id()),
                Optional.empty());
        DocumentLinkPrincipal holder = access.openDocumentLink(shared.token(), fixture.browser());

        assertThat(fixture.portal.clientViews().statement(holder, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), fixture.browser()).lines()).hasSize(2);
        assertRejected(() -> fixture.portal.clientViews().invoice(holder, invoice.id(), fixture.browser()),
                ErrorCode.INVOICE_NOT_FOUND);
    }

    @Test
    void byDefault_aLinkExpires30DaysAfterTheEndOfTheDueDate() {
        SharedLink shared = access.shareDocument(acme, ref(invoice), Optional.empty());
        Instant expiry = Instant.parse("2026-05-02T00:00:00Z");

        assertThat(shared.link().expiresAt()).isEqualTo(expiry);
        fixture.clock.set(expiry.minusSeconds(1));
        assertThat(access.openDocumentLink(shared.token(), fixture.browser()).document()).isEqualTo(ref(invoice));
        fixture.clock.set(expiry);
        assertRejected(() -> access.openDocumentLink(shared.token(), fixture.browser()), ErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void aLinkToALongOverdueInvoice_lives30DaysFromNow() {
        fixture.moveTo(LocalDate.of(2026, 6, 1));

        SharedLink shared = access.shareDocument(acme, ref(invoice), Optional.empty());

        assertThat(shared.link().expiresAt()).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
    }

    @Test
    void aLinkToADocumentWithoutDueDate_lives30DaysFromNow() {
        CreditNote note = fixture.portal.invoicing().issueCreditNote(acme, IssueCreditNote.partial(invoice.id(),
                "goodwill", LineItem.of("Goodwill", "1", "", Money.of("10.00", USD))));

        SharedLink shared = access.shareDocument(acme, DocumentRef.of(DocumentType.CREDIT_NOTE, note.id()),
                Optional.empty());

        assertThat(shared.link().expiresAt()).isEqualTo(START.plus(Duration.ofDays(30)));
    }

    @Test
    void anExplicitExpiry_isKeptExactly() {
        Instant tomorrow = START.plus(Duration.ofDays(1));
        SharedLink shared = access.shareDocument(acme, ref(invoice), Optional.of(tomorrow));

        assertThat(shared.link().expiresAt()).isEqualTo(tomorrow);
        fixture.clock.set(tomorrow);
        assertRejected(() -> access.openDocumentLink(shared.token(), fixture.browser()), ErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void anExpiryThatIsNotInTheFuture_isRejected_andNothingIsShared() {
        assertRejected(() -> access.shareDocument(acme, ref(invoice), Optional.of(START)), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("expiresAt");

        assertThat(access.documentLinks(acme, ref(invoice))).isEmpty();
        assertThat(fixture.eventsOf(DocumentShared.class)).isEmpty();
    }

    @Test
    void aRevokedLink_failsWithTokenRevoked_andRevokingAgainChangesNothing() {
        SharedLink shared = access.shareDocument(acme, ref(invoice), Optional.empty());
        fixture.clock.advance(Duration.ofHours(1));

        DocumentLink revoked = access.revokeDocumentLink(acme, shared.link().id());

        assertThat(revoked.revokedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertRejected(() -> access.openDocumentLink(shared.token(), fixture.browser()), ErrorCode.TOKEN_REVOKED);
        fixture.clock.advance(Duration.ofHours(1));
        assertThat(access.revokeDocumentLink(acme, shared.link().id())).isEqualTo(revoked);
        assertThat(fixture.portal.audit().forSubject(acme, "document_link", shared.link().id().toString()))
                .extracting(AuditEntry::action).containsExactly("access.document_shared", "security.link_issued",
                        "access.document_link_revoked", "security.document_link_refused");
    }

    @Test
    void revokingOneLink_leavesOtherLinksToTheSameDocumentWorking() {
        SharedLink first = access.shareDocument(acme, ref(invoice), Optional.empty());
        SharedLink second = access.shareDocument(acme, ref(invoice), Optional.empty());

        access.revokeDocumentLink(acme, first.link().id());

        assertThat(access.openDocumentLink(second.token(), fixture.browser()).linkId()).isEqualTo(second.link().id());
    }

    @Test
    void aLinkOfAnotherWorkspace_cannotBeRevoked_isDocumentLinkNotFound() {
        SharedLink shared = access.shareDocument(acme, ref(invoice), Optional.empty());
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertRejected(() -> access.revokeDocumentLink(initech, shared.link().id()),
                ErrorCode.DOCUMENT_LINK_NOT_FOUND);
        assertThat(access.openDocumentLink(shared.token(), fixture.browser()).document()).isEqualTo(ref(invoice));
    }

    @Test
    void aLinkToADraft_cannotBeCreated() {
        Invoice draft = fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
                .line("Retainer", "1", "month", Money.of("999.00", USD)));

        assertRejected(() -> access.shareDocument(acme, ref(draft), Optional.empty()), ErrorCode.DOCUMENT_NOT_FOUND);
        assertThat(access.documentLinks(acme, ref(draft))).isEmpty();
    }

    @Test
    void aLinkToAnotherWorkspacesDocument_cannotBeCreated() {
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertRejected(() -> access.shareDocument(initech, ref(invoice), Optional.empty()),
                ErrorCode.DOCUMENT_NOT_FOUND);
        assertRejected(() -> access.shareDocument(initech, DocumentRef.of(DocumentType.STATEMENT, globex.id()),
                Optional.empty()), ErrorCode.DOCUMENT_NOT_FOUND);
    }

    @Test
    void anUnknownLinkToken_failsWithTokenInvalid() {
        assertRejected(() -> access.openDocumentLink("y".repeat(43), fixture.browser()), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void aSignInToken_opensNoDocument() {
        String invitation = access.invite(acme, fixture.contact(acme, globex, "Ana Ruiz",
                Role.BILLING).id()).token();

        assertRejected(() -> access.openDocumentLink(invitation, fixture.browser()), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void documentLinks_listsTheLinksOfOneDocument_newestFirst() {
        SharedLink first = access.shareDocument(acme, ref(invoice), Optional.empty());
        fixture.clock.advance(Duration.ofMinutes(1));
        SharedLink second = access.shareDocument(acme, ref(invoice), Optional.empty());
        access.shareDocument(acme, ref(another), Optional.empty());

        List<DocumentLink> links = access.documentLinks(acme, ref(invoice));

        assertThat(links).extracting(DocumentLink::id).containsExactly(second.link().id(), first.link().id());
        assertThat(links.get(0).createdBy()).isEqualTo(acme.actor());
    }

    @Test
    void sharing_isAudited_raisesDocumentShared_andCountsAsASend() {
        SharedLink shared = access.shareDocument(acme, ref(invoice), Optional.empty());

        AuditEntry entry = fixture.portal.audit().forSubject(acme, "document_link", shared.link().id().toString())
                .get(0);
        assertThat(entry.action()).isEqualTo("access.document_shared");
        assertThat(entry.details()).containsEntry("document", ref(invoice).toString())
                .containsEntry("title", "Invoice " + invoice.number())
                .containsEntry("expiresAt", "2026-05-02T00:00:00Z");
        assertThat(entry.toString()).doesNotContain(shared.token());
        assertThat(fixture.eventsOf(DocumentShared.class)).singleElement()
                .satisfies(event -> assertThat(event.linkId()).isEqualTo(shared.link().id()));
        assertThat(fixture.stores.documentSendLog().lastSentAt(acme.workspaceId(), ref(invoice))).contains(START);
    }

    @Test
    void aLinkOfAnArchivedClient_cannotBeCreated() {
        fixture.portal.clients().archive(acme, globex.id());

        assertRejected(() -> access.shareDocument(acme, ref(invoice), Optional.empty()), ErrorCode.CLIENT_ARCHIVED);
    }
}
