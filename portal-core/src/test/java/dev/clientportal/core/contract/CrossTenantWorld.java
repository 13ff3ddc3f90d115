package dev.clientportal.core.contract;

import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.NewProject;
import dev.clientportal.core.project.PostUpdate;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.approval.DeliverableVersionView;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileDownload;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.assertj.core.api.SoftAssertions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The world of the cross-tenant matrix tests: two workspaces with two clients each. Every client has an open, a paid
 * and a voided invoice, a draft invoice, a credit note, a receipt and its statement; a file shared into its library
 * and a removed one; a sent quote and a draft quote; a deliverable whose version awaits its approver contacts; a sent
 * agreement for them to sign and a draft agreement; and a message thread. Its principals are contacts with each role
 * and with all of them, holders of a link to each kind of document, a staff preview — plus staff previews pointed at
 * a client of the other workspace. The oracle ({@link #mayOpen}, {@link #refusals}) is written from the rules, not
 * from the code under test.
 */
final class CrossTenantWorld {

    static final ClientRequest REQUEST = PortalFixture.browserAt("203.0.113.20");

    /** The kinds of principal; each client has one of each but the foreign preview. */
    enum Kind {
        BILLING(AccessChannel.SESSION), APPROVER(AccessChannel.SESSION), VIEWER(AccessChannel.SESSION),
        SEVERAL_ROLES(AccessChannel.SESSION),
        INVOICE_LINK(AccessChannel.DOCUMENT_LINK), STATEMENT_LINK(AccessChannel.DOCUMENT_LINK),
        FILE_LINK(AccessChannel.DOCUMENT_LINK), QUOTE_LINK(AccessChannel.DOCUMENT_LINK),
        VERSION_LINK(AccessChannel.DOCUMENT_LINK), AGREEMENT_LINK(AccessChannel.DOCUMENT_LINK),
        STAFF_PREVIEW(AccessChannel.STAFF),
        /** A workspace user previewing a client id of the other workspace. */
        FOREIGN_PREVIEW(AccessChannel.STAFF);

        final AccessChannel channel;

        Kind(AccessChannel channel) {
            this.channel = channel;
        }

        /** The contacts every approval request and agreement of their client names. */
        boolean isAskedToDecide() {
            return this == APPROVER || this == SEVERAL_ROLES;
        }
    }

    /** A document of the world, whose it is, and whether a client may never see it (a draft, a removed file). */
    record Doc(String label, DocumentRef ref, ClientId owner, boolean hidden) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A message thread of the world and whose it is. */
    record Conversation(String label, MessageThreadId id, ClientId owner) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A principal of the world, the client it belongs to, and the one document a link holder may open. */
    record Viewer(String label, Kind kind, PortalPrincipal principal, ClientId client, DocumentRef linked) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What one client has been billed and paid, to check the client-wide pages against. */
    record Holdings(Set<InvoiceId> issued, Set<InvoiceId> open, Set<PaymentId> paid) {
    }

    /**
     * What a client and the business work on together, and what the client decides on: the file in its library, the
     * deliverable's version awaiting approval, the sent quote and agreement, and the thread.
     */
    record Collaboration(StaffPrincipal business, ClientId client, Doc file, DeliverableId deliverable, Doc version,
                         Doc quote, Doc agreement, Conversation thread) {
        @Override
        public String toString() {
            return thread.label().replace("'s thread", "");
        }
    }

    /** A client's project with one update in its feed; the world has them only when its stores keep projects. */
    record ProjectWork(StaffPrincipal business, ClientId owner, ProjectId project, FeedEntryId update, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    final PortalFixture fixture;
    final ClientPortal portal;
    final List<Doc> documents = new ArrayList<>();
    final List<Viewer> viewers = new ArrayList<>();
    final List<Collaboration> collaborations = new ArrayList<>();
    final Map<ClientId, Holdings> holdings = new HashMap<>();
    final List<ProjectWork> projects = new ArrayList<>();

    CrossTenantWorld(PortalStores stores) {
        fixture = PortalFixture.over(stores);
        portal = fixture.portal;
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        List<Client> acmeClients = List.of(tenant(acme, "Globex", 1), tenant(acme, "Hooli", 2));
        List<Client> initechClients = List.of(tenant(initech, "Umbrella", 3), tenant(initech, "Soylent", 4));
        viewers.add(new Viewer("Acme's preview of Initech's Umbrella", Kind.FOREIGN_PREVIEW,
                PortalPrincipal.staffPreview(acme, initechClients.get(0).id()), initechClients.get(0).id(), null));
        viewers.add(new Viewer("Initech's preview of Acme's Globex", Kind.FOREIGN_PREVIEW,
                PortalPrincipal.staffPreview(initech, acmeClients.get(0).id()), acmeClients.get(0).id(), null));
        // Shares count as sends; views right after them would be probable scanners, which is beside the point here.
        fixture.clock.advance(Duration.ofHours(1));
    }

    private Client tenant(StaffPrincipal owner, String name, int n) {
        Client client = fixture.client(owner, name);
        List<ContactId> approvers = List.of(
                contact(owner, client, Kind.APPROVER, "Abe Approver", Role.APPROVER),
                contact(owner, client, Kind.SEVERAL_ROLES, "Sam Several", Role.BILLING, Role.APPROVER, Role.VIEWER));
        contact(owner, client, Kind.BILLING, "Bea Billing", Role.BILLING);
        contact(owner, client, Kind.VIEWER, "Vic Viewer", Role.VIEWER);
        Doc openInvoice = billing(owner, client, n);
        Doc statement = add(name + " statement", DocumentRef.of(DocumentType.STATEMENT, client.id()), client, false);
        Collaboration work = collaboration(owner, client, n, approvers);
        collaborations.add(work);
        if (fixture.stores.projects().isPresent()) {
            projects.add(project(owner, client));
        }

        link(owner, Kind.INVOICE_LINK, openInvoice);
        link(owner, Kind.STATEMENT_LINK, statement);
        link(owner, Kind.FILE_LINK, work.file());
        link(owner, Kind.QUOTE_LINK, work.quote());
        link(owner, Kind.VERSION_LINK, work.version());
        link(owner, Kind.AGREEMENT_LINK, work.agreement());
        viewers.add(new Viewer(name + "'s staff preview", Kind.STAFF_PREVIEW,
                PortalPrincipal.staffPreview(owner, client.id()), client.id(), null));
        return client;
    }

    /** Invoices in every state, a credit note and a receipt; answers the open invoice. */
    private Doc billing(StaffPrincipal owner, Client client, int n) {
        String name = client.name();
        Invoice open = fixture.issuedInvoice(owner, client, n + "00.00");
        Invoice paid = fixture.issuedInvoice(owner, client, n + "10.00");
        Invoice voided = fixture.issuedInvoice(owner, client, n + "20.00");
        portal.invoicing().voidInvoice(owner, voided.id(), "issued in error");
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                .line("Retainer", "1", "month", Money.of(n + "30.00", USD)));
        CreditNote note = portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(open.id(),
                "goodwill", LineItem.of("Goodwill", "1", "", Money.of("5.00", USD))));
        Payment payment = portal.payments().record(owner, RecordPayment.manual(client.id(),
                paid.total(), PaymentMethod.BANK_TRANSFER, name + "-wire").allocateTo(paid.id()));

        Doc openDoc = add(name + " open invoice", PortalFixture.ref(open), client, false);
        add(name + " paid invoice", PortalFixture.ref(paid), client, false);
        add(name + " void invoice", PortalFixture.ref(voided), client, false);
        add(name + " draft", PortalFixture.ref(draft), client, true);
        add(name + " credit note", DocumentRef.of(DocumentType.CREDIT_NOTE, note.id()), client, false);
        add(name + " receipt", DocumentRef.of(DocumentType.RECEIPT, payment.id()), client, false);
        holdings.put(client.id(), new Holdings(Set.of(open.id(), paid.id(), voided.id()), Set.of(open.id()),
                Set.of(payment.id())));
        return openDoc;
    }

    /** Files, quotes, a deliverable under review, agreements and a thread, all addressed to the approvers. */
    private Collaboration collaboration(StaffPrincipal owner, Client client, int n, List<ContactId> approvers) {
        String name = client.name();
        SharedFile brief = fixture.sharedFile(owner, client, "brief-" + n + ".txt", "What " + name + " wants");
        SharedFile removed = fixture.sharedFile(owner, client, "old-" + n + ".txt", "What " + name + " wanted");
        portal.files().remove(owner, removed.id());
        Quote sentQuote = portal.quotes().send(owner, portal.quotes().createDraft(owner, quote(client, n + "40.00"))
                .id());
        Quote draftQuote = portal.quotes().createDraft(owner, quote(client, n + "50.00"));
        Deliverable deliverable = portal.approvals().create(owner, CreateDeliverable.forClient(client.id(), "Logo"));
        deliverable = portal.approvals().addVersion(owner, AddVersion.of(deliverable.id(), "First draft",
                brief.id()));
        portal.approvals().requestApproval(owner, new RequestApproval(deliverable.id(), approvers, ApprovalRule.ALL));
        DraftAgreement terms = new DraftAgreement(client.id(), "Master services agreement",
                AgreementDocument.text("We work for " + name + "."), approvers);
        AgreementId sentAgreement = portal.agreements().send(owner, portal.agreements().createDraft(owner, terms)
                .id()).id();
        AgreementId draftAgreement = portal.agreements().createDraft(owner, terms).id();
        MessageThreadId thread = portal.messaging().startThread(owner, client.id(),
                NewThread.titled("Kick-off", MessageContent.text("Welcome aboard, " + name + "!"))).id();

        Doc file = add(name + " library file", DocumentRef.of(DocumentType.FILE, brief.id()), client, false);
        add(name + " removed file", DocumentRef.of(DocumentType.FILE, removed.id()), client, true);
        Doc quote = add(name + " sent quote", DocumentRef.of(DocumentType.QUOTE, sentQuote.id()), client, false);
        add(name + " draft quote", DocumentRef.of(DocumentType.QUOTE, draftQuote.id()), client, true);
        Doc version = add(name + " deliverable version", deliverable.latestVersion().orElseThrow().document(), client,
                false);
        Doc agreement = add(name + " sent agreement", DocumentRef.of(DocumentType.AGREEMENT, sentAgreement), client,
                false);
        add(name + " draft agreement", DocumentRef.of(DocumentType.AGREEMENT, draftAgreement), client, true);
        return new Collaboration(owner, client.id(), file, deliverable.id(), version, quote, agreement,
                new Conversation(name + "'s thread", thread, client.id()));
    }

    /** A project of the client with an update about it. */
    private ProjectWork project(StaffPrincipal owner, Client client) {
        Project project = portal.projects().create(owner, client.id(), NewProject.named(client.name() + " rebrand"));
        FeedEntry update = portal.projects().post(owner, client.id(), PostUpdate.of("Drafts for " + client.name()
                + " are up").about(project.id()));
        return new ProjectWork(owner, client.id(), project.id(), update.id(), client.name() + "'s project");
    }

    private static DraftQuote quote(Client client, String amount) {
        return DraftQuote.forClient(client.id()).line("Website", "1", "", Money.of(amount, USD));
    }

    private Doc add(String label, DocumentRef ref, Client client, boolean hidden) {
        Doc doc = new Doc(label, ref, client.id(), hidden);
        documents.add(doc);
        return doc;
    }

    private ContactId contact(StaffPrincipal owner, Client client, Kind kind, String name, Role first,
                              Role... more) {
        ContactPrincipal principal = fixture.signedInAs(owner, fixture.contact(owner, client, name, first, more));
        String label = client.name() + "'s " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " contact";
        viewers.add(new Viewer(label, kind, principal, client.id(), null));
        return principal.contactId();
    }

    private void link(StaffPrincipal owner, Kind kind, Doc doc) {
        viewers.add(new Viewer("link to " + doc.label(), kind, fixture.openLink(owner, doc.ref()), doc.owner(),
                doc.ref()));
    }

    // ---- the oracle ----

    /** What a principal may open. */
    static boolean mayOpen(Viewer viewer, Doc doc) {
        if (doc.hidden()) {
            return false;
        }
        return switch (viewer.kind().channel) {
            case DOCUMENT_LINK -> doc.ref().equals(viewer.linked());
            case SESSION, STAFF -> viewer.kind() != Kind.FOREIGN_PREVIEW && doc.owner().equals(viewer.client());
        };
    }

    /** Whether a principal opens the pages spanning its whole client: lists, dashboard, library, threads. */
    static boolean opensClientWidePages(Viewer viewer) {
        return viewer.kind().channel != AccessChannel.DOCUMENT_LINK && viewer.kind() != Kind.FOREIGN_PREVIEW;
    }

    /** What a principal may read of the threads: its own client's, when it opens the client-wide pages. */
    static boolean mayRead(Viewer viewer, Conversation thread) {
        return opensClientWidePages(viewer) && thread.owner().equals(viewer.client());
    }

    /** What a principal of a kind is refused when it tries an action on what it can see; other actions are allowed. */
    static Map<PortalAction, ErrorCode> refusals(Kind kind) {
        if (kind.channel != AccessChannel.SESSION) {
            return Map.of(PortalAction.PAY, ErrorCode.READ_ONLY_ACCESS, PortalAction.DECIDE,
                    ErrorCode.READ_ONLY_ACCESS, PortalAction.CONTRIBUTE, ErrorCode.READ_ONLY_ACCESS);
        }
        return switch (kind) {
            case BILLING -> Map.of(PortalAction.DECIDE, ErrorCode.ROLE_REQUIRED);
            case APPROVER -> Map.of(PortalAction.PAY, ErrorCode.ROLE_REQUIRED);
            case VIEWER -> Map.of(PortalAction.PAY, ErrorCode.ROLE_REQUIRED, PortalAction.DECIDE,
                    ErrorCode.ROLE_REQUIRED, PortalAction.CONTRIBUTE, ErrorCode.ROLE_REQUIRED);
            default -> Map.of();
        };
    }

    /** The code a document's own use case answers when it is not the principal's to see. */
    static ErrorCode notFound(DocumentType type) {
        return switch (type) {
            case INVOICE -> ErrorCode.INVOICE_NOT_FOUND;
            case QUOTE -> ErrorCode.QUOTE_NOT_FOUND;
            case AGREEMENT -> ErrorCode.AGREEMENT_NOT_FOUND;
            case DELIVERABLE_VERSION -> ErrorCode.DELIVERABLE_NOT_FOUND;
            case FILE -> ErrorCode.FILE_NOT_FOUND;
            case CREDIT_NOTE, RECEIPT, STATEMENT -> ErrorCode.DOCUMENT_NOT_FOUND;
        };
    }

    // ---- asking ----

    /**
     * Opens a document through the client-facing use case of its type (the view recorder for the types opened through
     * the client-wide pages) and answers whether what came back is that document, of the principal's own client.
     */
    boolean open(Viewer viewer, DocumentRef asked) {
        PortalPrincipal principal = viewer.principal();
        UUID id = asked.id();
        return switch (asked.type()) {
            case INVOICE -> {
                Invoice invoice = portal.clientViews().invoice(principal, new InvoiceId(id), REQUEST).invoice();
                yield invoice.id().value().equals(id) && invoice.clientId().equals(viewer.client());
            }
            case QUOTE -> {
                Quote quote = portal.quotes().open(principal, new QuoteId(id), REQUEST);
                yield quote.id().value().equals(id) && quote.clientId().equals(viewer.client());
            }
            case AGREEMENT -> {
                var agreement = portal.agreements().open(principal, new AgreementId(id), REQUEST);
                yield agreement.id().value().equals(id) && agreement.clientId().equals(viewer.client());
            }
            case DELIVERABLE_VERSION -> {
                DeliverableVersionView version = portal.approvals().open(principal, new DeliverableVersionId(id),
                        REQUEST);
                yield version.document().equals(asked) && collaborations.stream().anyMatch(work ->
                        work.deliverable().equals(version.deliverableId()) && work.client().equals(viewer.client()));
            }
            case FILE -> {
                FileDownload download = portal.files().open(principal, new FileId(id), REQUEST);
                closeQuietly(download.content());
                yield download.file().id().value().equals(id) && download.file().clientId().equals(viewer.client());
            }
            case CREDIT_NOTE, RECEIPT, STATEMENT -> {
                portal.analytics().recordView(principal, asked, REQUEST);
                yield true;
            }
        };
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Expects a read to succeed with what was asked for exactly when the oracle allows it, and otherwise to answer
     * the given NOT_FOUND code.
     */
    static void expect(SoftAssertions softly, Viewer viewer, Object what, boolean mayOpen, ErrorCode notFound,
                       Supplier<Boolean> open) {
        try {
            boolean right = open.get();
            softly.assertThat(mayOpen).as("%s opened %s", viewer, what).isTrue();
            softly.assertThat(right).as("%s opened %s and got what it asked for", viewer, what).isTrue();
        } catch (PortalException e) {
            softly.assertThat(mayOpen).as("%s could not open %s: %s", viewer, what, e.getMessage()).isFalse();
            softly.assertThat(e.errorCode()).as("%s opening %s", viewer, what).isEqualTo(notFound);
        }
    }

    /** Expects a call to be refused with a code of the NOT_FOUND kind. */
    static void assertNotFound(Runnable call) {
        try {
            call.run();
            fail("expected a NOT_FOUND code");
        } catch (PortalException e) {
            assertThat(e.errorCode().kind()).as(e.getMessage()).isEqualTo(ErrorCode.Kind.NOT_FOUND);
        }
    }
}
