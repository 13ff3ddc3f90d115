package dev.clientportal.examples.quickstart;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.SignInLink;
import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.analytics.FollowUp;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.DecisionReceipt;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.approval.RequestChanges;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.core.audit.AuditCheckpoint;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.document.RenderedDocument;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.messaging.ThreadSummary;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.clientview.BalanceDue;
import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.pdf.OpenPdfRenderer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * The SDK in one plain Java program over the in-memory adapters: a workspace and a client; an invoice issued; the
 * client's contact signing in by magic link and opening it; a partial payment and a credit note; the statement and
 * aging; a message thread between the business and Ana; the invoice as a PDF file; weeks later, the follow-up the
 * business should send; a logo approved after one round of changes; a quote accepted into a deposit invoice; and the
 * audit trail verified against a checkpoint taken on the way.
 *
 * <p>The demo runs on its own clock, starting on {@link #DEMO_START} and moved forward explicitly where time has to
 * pass, so its numbers and dates are the same on every run (no 2027 invoice numbers on a December evening).
 */
public final class Quickstart {

    private static final ClientRequest ANAS_BROWSER = ClientRequest.get("203.0.113.7",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari");

    /** When the demo's clock starts: a Monday morning in March 2026. */
    static final Instant DEMO_START = Instant.parse("2026-03-02T09:00:00Z");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final Path outputDirectory;

    Quickstart(PrintStream out, Path outputDirectory) {
        this.out = out;
        this.outputDirectory = outputDirectory;
    }

    /**
     * Runs the walkthrough and prints what happens; the PDF goes to the directory given as the first argument
     * ({@code target/quickstart} of the module under {@code exec:java}), else to {@code target/quickstart}.
     */
    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/quickstart");
        new Quickstart(System.out, directory).run(DEMO_START);
    }

    void run(Instant start) {
        DemoClock clock = new DemoClock(start);
        InMemoryStores stores = InMemoryStores.create();
        ClientPortal portal = ClientPortal.builder()
                .clock(clock)
                .stores(stores)
                .fileStore(stores.fileStore())
                .renderer(OpenPdfRenderer.create())
                .events(event -> out.println("  event: " + event.getClass().getSimpleName()))
                .build();

        Workspace acme = portal.workspaces().create(new CreateWorkspace("Acme Design", USD, PaymentTerms.net(30)));
        StaffPrincipal owner = StaffPrincipal.of(acme.id(), "owner@acme.example");
        Client globex = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        Contact ana = portal.clients().addContact(owner, new AddContact(globex.id(), "Ana Ruiz", "ana@globex.example",
                Set.of(Role.BILLING, Role.APPROVER)));
        out.println("Workspace " + acme.name() + " with client " + globex.name() + " and contact " + ana.name());

        TaxRate salesTax = TaxRate.of("NY sales tax", "8.875");
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Logo design", "12", "h", Money.of("95.00", USD), salesTax)
                .line("Brand guidelines", "1.5", "day", Money.of("640.00", USD), salesTax)
                .notes("Thank you for your business."));
        Invoice invoice = portal.invoicing().issue(owner, draft.id());
        out.println("Issued " + invoice.number() + " for " + money(invoice.total()) + ", due "
                + DATE.format(invoice.dueDate()));

        SignInLink invitation = portal.access().invite(owner, ana.id());
        out.println("Emailed " + invitation.email() + " a sign-in link valid until "
                + TIME.format(invitation.expiresAt()));
        clock.advance(Duration.ofHours(3));
        ContactPrincipal asAna = portal.access().signIn(invitation.token(), ANAS_BROWSER).principal();
        ClientDashboard home = portal.clientViews().dashboard(asAna);
        for (BalanceDue balance : home.balances()) {
            out.println("Ana signed in and sees " + money(balance.amountDue()) + " due, oldest due "
                    + DATE.format(balance.oldestDueDate()));
        }
        portal.clientViews().invoice(asAna, invoice.id(), ANAS_BROWSER);
        DocumentRef invoiceDocument = DocumentRef.of(DocumentType.INVOICE, invoice.id());
        DocumentEngagement seen = portal.analytics().engagement(owner, invoiceDocument).orElseThrow();
        out.println("The business sees " + invoice.number() + " viewed " + seen.humanViews() + " time(s), first at "
                + TIME.format(seen.firstViewedAt()));

        Money wired = Money.of("1000.00", USD);
        portal.payments().record(owner, RecordPayment.manual(globex.id(), wired, PaymentMethod.BANK_TRANSFER,
                "wire-7781").allocateTo(invoice.id()));
        invoice = portal.invoicing().get(owner, invoice.id());
        out.println("Received " + money(wired) + " by bank transfer: " + words(invoice.status()) + ", "
                + money(invoice.amountDue()) + " due");

        CreditNote credit = portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(invoice.id(),
                "Two hours of logo work were not needed", LineItem.of("Logo design", "2", "h",
                        Money.of("95.00", USD), salesTax)));
        invoice = portal.invoicing().get(owner, invoice.id());
        out.println("Credit note " + credit.number() + " for " + money(credit.total()) + ": "
                + money(invoice.amountDue()) + " due");

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Statement statement = portal.receivables().statement(owner, globex.id(), today.withDayOfMonth(1), today);
        out.println("Statement of " + globex.name() + ", opening balance " + money(statement.openingBalance()));
        for (StatementLine line : statement.lines()) {
            out.printf("  %-11s  %-11s %-16s %14s %14s%n", DATE.format(line.date()), words(line.kind()),
                    line.reference(), money(line.amount()), money(line.balance()));
        }
        out.println("  closing balance " + money(statement.closingBalance()));
        exchangeMessages(portal, owner, globex, asAna, invoice, clock);
        writePdf(portal, owner, invoice);
        AuditCheckpoint checkpoint = portal.audit().checkpoint(owner);
        out.println("Audit checkpoint taken at entry " + checkpoint.sequence() + " (hash "
                + checkpoint.hash().substring(0, 12) + "…), to keep outside the portal's database");

        clock.advance(Duration.ofDays(45));
        AgingReport aging = portal.receivables().aging(owner);
        out.println("45 days later, aging as of " + DATE.format(aging.asOf()) + ":");
        for (AgingAmounts total : aging.totals()) {
            out.println("  current " + money(total.current()) + ", 1-30 " + money(total.days1To30()) + ", 31-60 "
                    + money(total.days31To60()) + ", 61-90 " + money(total.days61To90()) + ", 90+ "
                    + money(total.over90()));
        }
        for (FollowUp followUp : portal.analytics().followUps(owner)) {
            out.println("Follow up with " + followUp.clientName() + " about " + followUp.title() + ": "
                    + followUp.reason());
        }
        approveAfterOneRoundOfChanges(portal, owner, globex, asAna);
        acceptQuoteWithDeposit(portal, owner, globex, asAna, clock);
        out.println("Audit trail intact: " + portal.audit().verify(owner).intact());
        ChainVerification sinceCheckpoint = portal.audit().verify(owner, checkpoint);
        out.println("Verified against the checkpoint at entry " + checkpoint.sequence() + ": "
                + (sinceCheckpoint.intact() ? "intact" : "BROKEN " + sinceCheckpoint.firstBroken()) + ", "
                + sinceCheckpoint.entriesChecked() + " entries checked");
    }

    /** The business writes to Ana about the invoice; she reads it and replies; each side sees what it has not read. */
    private void exchangeMessages(ClientPortal portal, StaffPrincipal owner, Client globex, ContactPrincipal asAna,
                                  Invoice invoice, DemoClock clock) {
        MessageThread thread = portal.messaging().startThread(owner, globex.id(), NewThread.about(
                DocumentRef.of(DocumentType.INVOICE, invoice.id()), "Your invoice " + invoice.number(),
                MessageContent.text("Thanks for the payment! We credited the two hours of logo work you did not "
                        + "need.")));
        out.println("The business started the thread \"" + thread.subject() + "\"");
        for (ThreadSummary summary : portal.messaging().threads(asAna)) {
            out.println("  Ana sees \"" + summary.thread().subject() + "\" with " + summary.unread() + " unread");
        }
        clock.advance(Duration.ofHours(1));
        List<Message> received = portal.messaging().messages(asAna, thread.id(), 0, 50);
        Message last = received.get(received.size() - 1);
        portal.messaging().markRead(asAna, thread.id(), last.sequence());
        portal.messaging().post(asAna, thread.id(), MessageContent.text("Got it, the rest follows on Friday."));
        out.println("  Ana read \"" + last.body() + "\" and replied; her unread count is now "
                + portal.messaging().unreadCount(asAna));
        for (ThreadSummary summary : portal.messaging().threads(owner, globex.id())) {
            List<Message> messages = portal.messaging().messages(owner, summary.thread().id(), 0, 50);
            Message reply = messages.get(messages.size() - 1);
            out.println("  The business has " + summary.unread() + " unread: \"" + reply.body() + "\" ("
                    + TIME.format(reply.postedAt()) + ")");
        }
    }

    /** Renders the invoice with portal-pdf into a file named after its number, and says where it is. */
    private void writePdf(ClientPortal portal, StaffPrincipal owner, Invoice invoice) {
        Path file = outputDirectory.resolve(invoice.number() + ".pdf");
        try {
            Files.createDirectories(outputDirectory);
            RenderedDocument rendered;
            try (OutputStream pdf = Files.newOutputStream(file)) {
                rendered = portal.documents().invoice(owner, invoice.id(), pdf);
            }
            out.println("Wrote " + invoice.number() + " as a " + rendered.pages() + "-page PDF to " + file
                    + " (" + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(rendered.size()) + " bytes)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** An amount as people read it: currency code and grouped digits, exact (formatted from the decimal amount). */
    static String money(Money amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(amount.currency().minorDigits());
        format.setMaximumFractionDigits(amount.currency().minorDigits());
        return amount.currency().code() + " " + format.format(amount.amount());
    }

    /** An enum constant as words: {@code PARTIALLY_PAID} reads "partially paid". */
    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A logo goes to Ana for approval, comes back with a change request, and is approved in its second version. */
    private void approveAfterOneRoundOfChanges(ClientPortal portal, StaffPrincipal owner, Client globex,
                                               ContactPrincipal asAna) {
        Deliverable logo = portal.approvals().create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));
        SharedFile first = share(portal, owner, globex, "logo-v1.txt", "the logo in light blue");
        portal.approvals().addVersion(owner, AddVersion.of(logo.id(), "First draft", first.id()));
        portal.approvals().requestApproval(owner, RequestApproval.fromAny(logo.id(), asAna.contactId()));
        DecisionReceipt changes = portal.approvals().requestChanges(asAna, RequestChanges.of(logo.id(),
                VersionPin.number(1), "A darker blue, please").onFile(first.id()), ANAS_BROWSER);
        out.println("Ana asked for changes to the logo (round " + changes.round().orElseThrow().number() + "): "
                + changes.decision().comment());

        SharedFile second = share(portal, owner, globex, "logo-v2.txt", "the logo in dark blue");
        portal.approvals().addVersion(owner, AddVersion.of(logo.id(), "Darker blue", second.id()));
        portal.approvals().requestApproval(owner, RequestApproval.fromAny(logo.id(), asAna.contactId()));
        DecisionReceipt approved = portal.approvals().approve(asAna, Approve.of(logo.id(), VersionPin.number(2))
                .signedAs("Ana Ruiz"), ANAS_BROWSER);
        out.println("Ana approved version 2 as \"" + approved.decision().evidence().typedName() + "\" from "
                + approved.decision().evidence().address() + ", content " + approved.decision().evidence()
                .contentHash().substring(0, 12) + "…: " + words(portal.approvals().get(owner, logo.id()).status()));
    }

    /** A quote with a 30 % deposit, accepted by Ana: the deposit invoice is issued, the rest waits as a draft. */
    private void acceptQuoteWithDeposit(ClientPortal portal, StaffPrincipal owner, Client globex,
                                        ContactPrincipal asAna, DemoClock clock) {
        Quote quote = portal.quotes().send(owner, portal.quotes().createDraft(owner, DraftQuote.forClient(globex.id())
                .line("Website design", "1", "project", Money.of("4800.00", USD))
                .line("Content migration", "16", "h", Money.of("75.00", USD))
                .deposit(Deposit.percent("30"))).id());
        out.println("Sent quote " + quote.number() + " for " + money(quote.totals().total()) + " with a 30 % deposit");
        clock.advance(Duration.ofDays(2));
        Quote accepted = portal.quotes().accept(asAna, quote.id(), "Ana Ruiz", ANAS_BROWSER);
        Invoice deposit = portal.invoicing().get(owner, accepted.conversion().depositInvoiceId());
        Invoice remainder = portal.invoicing().get(owner, accepted.conversion().invoiceId());
        out.println("Ana accepted it: deposit invoice " + deposit.number() + " for " + money(deposit.total())
                + " issued; the full invoice for " + money(remainder.total()) + " waits as a "
                + words(remainder.status())
                + " and deducts the deposit when issued");
    }

    private static SharedFile share(ClientPortal portal, StaffPrincipal owner, Client client, String name,
                                    String text) {
        return portal.files().share(owner, client.id(), new FileUpload(name, "text/plain",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }
}
