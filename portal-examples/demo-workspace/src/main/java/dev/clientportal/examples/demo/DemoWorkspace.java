package dev.clientportal.examples.demo;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.SharedLink;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceSettings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * The demo's workspace, created through the portal's use cases: a design studio with two clients in two currencies,
 * invoices paid, part-paid, overdue, on a payment schedule, void and in draft, a payment with a refund, a deliverable
 * waiting for approval, a quote, an agreement to sign, a message thread and a shared file. Its history is written by a
 * portal on a clock of its own, started 75 days ago and moved forward, so that due dates pass as they would have;
 * the hosts serve it on the real clock. The example hosts seed it on their first start, when the database holds no
 * workspace.
 */
public final class DemoWorkspace {

    /** The contact the READMEs and the hosts' tests sign in as: Ana Ruiz, billing and approver at Globex. */
    public static final String ANA = "ana@globex.example";

    /** The studio's owner, the staff user who wrote the demo's history. */
    public static final String OWNER = "owner@northwind.example";

    private static final TaxRate SALES_TAX = TaxRate.of("NY sales tax", "8.875");
    private static final TaxRate VAT = TaxRate.of("VAT", "19");

    private DemoWorkspace() {
    }

    /**
     * Writes the demo's history with a portal on a clock that starts 75 days before {@code now}.
     *
     * @param stores the host's stores
     * @param files  where the demo's shared file is kept
     * @param now    the real time
     * @return the new workspace, and a document link to one of its invoices
     */
    public static Seeded seed(PortalStores stores, FileStore files, Instant now) {
        SeedClock clock = new SeedClock(now.minus(Duration.ofDays(75)));
        ClientPortal portal = ClientPortal.builder()
                .clock(clock)
                .stores(stores)
                .fileStore(files)
                .build();
        Workspace studio = portal.workspaces().create(new CreateWorkspace(
                WorkspaceSettings.defaults("Northwind Studio", USD, PaymentTerms.net(30)),
                new Branding("", "#1D3557", "#C2410C")));
        StaffPrincipal owner = StaffPrincipal.of(studio.id(), OWNER);

        Client globex = portal.clients().create(owner, new CreateClient("Globex Corporation", "ap@globex.example"));
        Contact ana = portal.clients().addContact(owner, new AddContact(globex.id(), "Ana Ruiz", ANA,
                Set.of(Role.BILLING, Role.APPROVER)));
        Contact ben = portal.clients().addContact(owner, new AddContact(globex.id(), "Ben Okafor",
                "ben@globex.example", Set.of(Role.VIEWER)));
        Client initech = portal.clients().create(owner, new CreateClient("Initech GmbH", "buchhaltung@initech.example")
                .inCurrency(EUR));
        Contact ivo = portal.clients().addContact(owner, new AddContact(initech.id(), "Ivo Brandt",
                "ivo@initech.example", Set.of(Role.BILLING, Role.APPROVER)));
        for (Contact contact : List.of(ana, ben, ivo)) {
            portal.access().invite(owner, contact.id());
        }

        // 75 days ago: the brand identity, paid with a little too much; the extra is partly refunded later
        Invoice identity = issue(portal, owner, DraftInvoice.forClient(globex.id())
                .line("Brand identity workshop", "2", "day", Money.of("1200.00", USD), SALES_TAX)
                .line("Logo design", "14", "h", Money.of("95.00", USD), SALES_TAX)
                .notes("Thank you for your business."));
        clock.advance(Duration.ofDays(10));
        Invoice website = issue(portal, owner, DraftInvoice.forClient(globex.id())
                .line("Website design", "1", "project", Money.of("4800.00", USD), SALES_TAX)
                .line("Content migration", "16", "h", Money.of("75.00", USD), SALES_TAX));
        issue(portal, owner, DraftInvoice.forClient(initech.id())
                .line("UX audit", "3", "day", Money.of("950.00", EUR), VAT));
        clock.advance(Duration.ofDays(15));
        Payment overpaid = portal.payments().record(owner, RecordPayment.manual(globex.id(),
                identity.total().plus(Money.of("300.00", USD)), PaymentMethod.BANK_TRANSFER, "wire-2231")
                .allocateTo(identity.id()));
        Invoice printRun = issue(portal, owner, DraftInvoice.forClient(globex.id())
                .line("Print run, business cards", "500", "pcs", Money.of("0.42", USD), SALES_TAX));
        portal.invoicing().voidInvoice(owner, printRun.id(), "Issued twice by mistake; see the next invoice");
        clock.advance(Duration.ofDays(5));
        portal.payments().refund(owner, RefundPayment.of(overpaid.id(), Money.of("200.00", USD), "refund-2231",
                "Returned most of the overpayment of wire-2231; USD 100.00 stays as credit"));
        portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("2000.00", USD),
                PaymentMethod.CARD, "card-5520").allocateTo(website.id()));
        clock.advance(Duration.ofDays(20));

        // 25 days ago: a retainer on a payment schedule, its first installment paid
        Invoice retainer = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Design retainer, Q3", "3", "month", Money.of("1500.00", USD)));
        LocalDate today = clock.today();
        retainer = portal.invoicing().updateDraft(owner, retainer.id(), DraftInvoice.forClient(globex.id())
                .line("Design retainer, Q3", "3", "month", Money.of("1500.00", USD))
                .schedule(PaymentSchedule.depositThenInstallments(retainer.total(), Percentage.of(0), today, 3,
                        today.plusDays(10), Period.ofMonths(1))));
        retainer = portal.invoicing().issue(owner, retainer.id());
        clock.advance(Duration.ofDays(12));
        portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("1500.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-2290").allocateTo(retainer.id()));
        Invoice initechSprint = issue(portal, owner, DraftInvoice.forClient(initech.id())
                .line("Design sprint", "5", "day", Money.of("880.00", EUR), VAT));
        portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Illustrations", "6", "pcs", Money.of("180.00", USD), SALES_TAX));

        // the last days: work waiting for the client's decision
        clock.advance(Duration.ofDays(8));
        SharedFile moodboard = share(portal, owner, globex, "moodboard-v2.txt", "Moodboard, second round: warmer"
                + " colours, the serif headline, photos of the team at work.");
        Deliverable campaign = portal.approvals().create(owner, CreateDeliverable.forClient(globex.id(),
                "Spring campaign moodboard"));
        portal.approvals().addVersion(owner, AddVersion.of(campaign.id(), "Second round, warmer palette",
                moodboard.id()));
        portal.approvals().requestApproval(owner, RequestApproval.fromAny(campaign.id(), ana.id()));
        portal.quotes().send(owner, portal.quotes().createDraft(owner, DraftQuote.forClient(globex.id())
                .line("Annual report design", "1", "project", Money.of("6400.00", USD), SALES_TAX)
                .line("Infographics", "8", "pcs", Money.of("220.00", USD), SALES_TAX)
                .expiresOn(clock.today().plusDays(30))).id());
        portal.agreements().send(owner, portal.agreements().createDraft(owner, new DraftAgreement(globex.id(),
                "Master services agreement 2026", AgreementDocument.text("Northwind Studio provides design services"
                + " to Globex Corporation as described in each accepted quote. Invoices are due 30 days after issue."
                + " Either party may end this agreement with 30 days' notice."), List.of(ana.id()))).id());
        portal.messaging().startThread(owner, globex.id(), NewThread.about(
                DocumentRef.of(DocumentType.INVOICE, website.id()), "Website invoice " + website.number(),
                MessageContent.text("Thanks for the card payment! The rest of the website invoice is due now;"
                        + " tell us if you would like to split it.")));
        clock.advance(Duration.ofDays(4));

        SharedLink link = portal.access().shareDocument(owner, DocumentRef.of(DocumentType.INVOICE,
                initechSprint.id()), Optional.empty());
        return new Seeded(studio.id(), initechSprint.number() + " of " + initech.name(), link.token());
    }

    /**
     * What the seed wrote that a host tells its user about.
     *
     * @param workspaceId         the demo workspace
     * @param sharedDocument      the invoice shared by a document link, e.g. {@code INV-0005 of Initech GmbH}
     * @param sharedDocumentToken the secret of that link, which opens the invoice without signing in
     */
    public record Seeded(WorkspaceId workspaceId, String sharedDocument, String sharedDocumentToken) {

        /** Keeps the link's secret out of logs. */
        @Override
        public String toString() {
            return "Seeded[" + workspaceId + ", " + sharedDocument + "]";
        }
    }

    private static Invoice issue(ClientPortal portal, StaffPrincipal owner, DraftInvoice draft) {
        return portal.invoicing().issue(owner, portal.invoicing().createDraft(owner, draft).id());
    }

    private static SharedFile share(ClientPortal portal, StaffPrincipal owner, Client client, String name,
                                    String text) {
        return portal.files().share(owner, client.id(), new FileUpload(name, "text/plain",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** The seed's clock: fixed until moved forward, so the demo's history has the dates it would have had. */
    public static final class SeedClock extends Clock {

        private volatile Instant now;

        /**
         * A clock standing at {@code start}.
         *
         * @param start the first instant it tells
         */
        public SeedClock(Instant start) {
            this.now = start;
        }

        /**
         * Moves the clock forward.
         *
         * @param duration how far
         */
        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        /**
         * The clock's date in UTC.
         *
         * @return today, as the clock tells it
         */
        public LocalDate today() {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
