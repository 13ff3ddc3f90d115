package dev.clientportal.core;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.approval.RequestChanges;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.client.UpdateClient;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.ApplyCredit;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.PayInvoice;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.receivables.CashFlowForecast;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.PostalAddress;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives every public use case reachable from {@link ClientPortal} with hostile values (nulls, null elements, huge
 * strings, control characters, extreme dates, zero and negative numbers, unknown ids) mixed with valid ones, so calls
 * get past their first check. Only {@link PortalException}s may escape, and a call that is rejected writes nothing:
 * the stores' contents, the audit trail and the published events are the same before and after it. No text longer
 * than its limit is ever stored.
 */
class HostileInputFuzzTest {

    private static final int CALLS = 3_000;
    private static final String MEGABYTE = "m".repeat(1 << 20);
    private static final String FIVE_MEGABYTES = "f".repeat(5 << 20);
    private static final String[] TEXTS = {null, "", "   ", "\t\n", MEGABYTE, FIVE_MEGABYTES, "n".repeat(201),
        "r".repeat(2_001), "a\u0000b", "line\r\nBcc: x@evil.example", "\u202Egnp.exe", "\uD800", "zero\u200Bwidth",
        "名前 😀", " Fine ", "Ana Ruiz", "203.0.113.9", "localhost", "::1", "-1", "0"};
    private static final LocalDate[] DATES = {null, LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31),
        LocalDate.of(3000, 1, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30), LocalDate.EPOCH};
    private static final int[] NUMBERS = {0, -1, 1, 2, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};

    private final Seed seed = Seed.from("portal.fuzz.seed");
    private final Random random = seed.random();
    private final PortalFixture fixture = PortalFixture.over(InMemoryStores.create());
    private final ClientPortal portal = fixture.portal;
    private final StaffPrincipal owner = fixture.workspace("Acme", USD);
    private final StaffPrincipal stranger = fixture.workspace("Umbrella", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER, Role.BILLING);
    private final ContactPrincipal asAna = fixture.signedInAs(owner, ana);
    private final String session = fixture.signIn(owner, ana).sessionToken();
    private final Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
    private final Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
            .line("Design", "1", "h", Money.of("10.00", USD)));
    private final Payment payment = portal.payments().record(owner, RecordPayment.manual(globex.id(),
            Money.of("150.00", USD), PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(invoice.id()));
    private final Quote quote = portal.quotes().send(owner, portal.quotes().createDraft(owner,
            DraftQuote.forClient(globex.id()).line("Website", "1", "", Money.of("1000.00", USD))).id());
    private final Agreement agreement = portal.agreements().send(owner, portal.agreements().createDraft(owner,
            new DraftAgreement(globex.id(), "MSA", AgreementDocument.text("Terms"), List.of(ana.id()))).id());
    private final SharedFile file = fixture.sharedFile(owner, globex, "brief.txt", "the brief");
    private final Deliverable deliverable = requested();
    private final MessageThread thread = portal.messaging().startThread(owner, globex.id(),
            NewThread.titled("Kick-off", MessageContent.text("Welcome")));

    private Deliverable requested() {
        Deliverable created = portal.approvals().create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));
        portal.approvals().addVersion(owner, AddVersion.of(created.id(), "v1", file.id()));
        return portal.approvals().requestApproval(owner, RequestApproval.fromAll(created.id(), ana.id()));
    }

    @Test
    void hostileValuesInEveryCommand_getTypedRejectionsThatWriteNothing() {
        Map<String, Runnable> calls = calls();
        List<String> names = new ArrayList<>(calls.keySet());
        Map<String, Integer> rejected = new LinkedHashMap<>();
        for (int i = 0; i < CALLS; i++) {
            String name = names.get(random.nextInt(names.size()));
            List<String> before = snapshot();
            try {
                calls.get(name).run();
            } catch (PortalException expected) {
                rejected.merge(name, 1, Integer::sum);
                assertThat(expected.getMessage().length()).as("%s: message quotes a truncated input, %s", name, seed)
                        .isLessThan(2_000);
                List<String> after = snapshot();
                if (!after.equals(before)) {
                    fail(name + " was rejected (" + expected.getMessage() + ") but wrote; " + seed);
                }
            } catch (Throwable unexpected) {
                throw new AssertionError(name + " threw " + unexpected + "; " + seed, unexpected);
            }
        }
        assertThat(rejected.keySet()).as("most calls met a hostile value at least once; %s", seed)
                .hasSizeGreaterThan(names.size() * 3 / 4);
        String oversized = "m".repeat(InputLimits.BODY + 1);
        assertThat(snapshot()).as("no text beyond its limit was stored; %s", seed)
                .noneMatch(record -> record.contains(oversized) || record.contains(oversized.replace('m', 'f')));
    }

    @Test
    void theSnapshotSeesWhatACallWrites() {
        List<String> before = snapshot();
        portal.quotes().reject(asAna, quote.id(), "Too dear", ClientRequest.get("203.0.113.9", "Mozilla/5.0"));

        assertThat(snapshot()).isNotEqualTo(before);
    }

    /** What the stores hold (the audit trail included), as text, plus the number of published events. */
    private List<String> snapshot() {
        List<String> dump = new ArrayList<>(((InMemoryStores) fixture.stores).dumpForInspection());
        for (Client client : portal.clients().list(owner, 0, 500)) {
            portal.quotes().forClient(owner, client.id()).forEach(q -> dump.add(q.toString()));
            portal.agreements().forClient(owner, client.id()).forEach(a -> dump.add(a.toString()));
            portal.files().library(owner, client.id()).forEach(f -> dump.add(f.toString()));
            portal.messaging().threads(owner, client.id()).forEach(t -> dump.add(t.toString()));
            portal.approvals().list(owner, client.id()).forEach(d -> dump.add(d.toString()));
        }
        dump.add("events=" + fixture.events.size());
        return dump;
    }

    // ---- hostile values ----

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String text() {
        return pick(TEXTS);
    }

    private LocalDate date() {
        return pick(DATES);
    }

    private int number() {
        return NUMBERS[random.nextInt(NUMBERS.length)];
    }

    private Instant instant() {
        Instant now = fixture.clock.instant();
        return pick(new Instant[] {null, Instant.MIN, Instant.MAX, Instant.EPOCH, now, now.plusSeconds(86_400),
            now.plusSeconds(400L * 365 * 86_400)});
    }

    private Money money() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> Money.zero(USD);
            case 2 -> Money.of("-1.00", USD);
            case 3 -> Money.of("1.00", EUR);
            case 4 -> Money.of("99999999.99", USD);
            default -> Money.of("1.00", USD);
        };
    }

    private <T> T maybe(Supplier<T> valid, Supplier<T> unknown) {
        int roll = random.nextInt(10);
        return roll == 0 ? null : roll == 1 ? unknown.get() : valid.get();
    }

    private ClientId clientId() {
        return maybe(globex::id, () -> new ClientId(UUID.randomUUID()));
    }

    private ContactId contactId() {
        return maybe(ana::id, () -> new ContactId(UUID.randomUUID()));
    }

    private InvoiceId invoiceId() {
        return maybe(() -> random.nextBoolean() ? invoice.id() : draft.id(), () -> new InvoiceId(UUID.randomUUID()));
    }

    private QuoteId quoteId() {
        return maybe(quote::id, () -> new QuoteId(UUID.randomUUID()));
    }

    private AgreementId agreementId() {
        return maybe(agreement::id, () -> new AgreementId(UUID.randomUUID()));
    }

    private DeliverableId deliverableId() {
        return maybe(deliverable::id, () -> new DeliverableId(UUID.randomUUID()));
    }

    private FileId fileId() {
        return maybe(file::id, () -> new FileId(UUID.randomUUID()));
    }

    private PaymentId paymentId() {
        return maybe(payment::id, () -> new PaymentId(UUID.randomUUID()));
    }

    private MessageThreadId threadId() {
        return maybe(thread::id, () -> new MessageThreadId(UUID.randomUUID()));
    }

    private StaffPrincipal staff() {
        return random.nextInt(8) == 0 ? stranger : owner;
    }

    private <T> List<T> list(Supplier<T> element) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> List.of();
            case 2 -> Arrays.asList(element.get(), null);
            default -> Arrays.asList(element.get());
        };
    }

    private ClientRequest request() {
        return random.nextInt(4) == 0 ? null : new ClientRequest(text(), text(), random.nextBoolean() ? "GET" : text());
    }

    private LineItem line() {
        return new LineItem(text(), new java.math.BigDecimal(number()), text(), money(), null,
                random.nextBoolean() ? List.of() : Arrays.asList(TaxRate.of(text(), "10"), null));
    }

    private Set<Role> roles() {
        return random.nextBoolean() ? new HashSet<>(Arrays.asList(Role.VIEWER, null)) : EnumSet.of(Role.VIEWER);
    }

    // ---- every call ----

    private Map<String, Runnable> calls() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("workspaces.create", () -> portal.workspaces().create(new CreateWorkspace(text(), USD,
                PaymentTerms.net(number()))));
        calls.put("workspaces.updateSettings", () -> portal.workspaces().updateSettings(staff(),
                WorkspaceSettings.defaults(text(), USD, PaymentTerms.net(number()))));
        calls.put("clients.create", () -> portal.clients().create(staff(), new CreateClient(text(), text(),
                new PostalAddress(list(this::text), text(), text(), text(), text()), text(), null, false, null)));
        calls.put("clients.update", () -> portal.clients().update(staff(), new UpdateClient(clientId(), text(),
                "billing@globex.example", null, text(), false, null)));
        calls.put("clients.list", () -> portal.clients().list(staff(), number(), number()));
        calls.put("clients.addContact", () -> portal.clients().addContact(staff(), new AddContact(clientId(), text(),
                text(), roles())));
        calls.put("clients.changeRoles", () -> portal.clients().changeRoles(staff(), contactId(), roles()));
        calls.put("invoicing.createDraft", () -> portal.invoicing().createDraft(staff(),
                DraftInvoice.forClient(clientId()).lines(list(this::line)).notes(text()).terms(text())));
        calls.put("invoicing.schedule", () -> portal.invoicing().updateDraft(staff(), invoiceId(),
                DraftInvoice.forClient(globex.id()).line("Design", "1", "h", Money.of("10.00", USD))
                        .schedule(new PaymentSchedule(list(() -> new Installment(text(), date(), money()))))));
        calls.put("invoicing.void", () -> portal.invoicing().voidInvoice(staff(), invoiceId(), text()));
        calls.put("invoicing.uncollectible", () -> portal.invoicing().markUncollectible(staff(), invoiceId(), text()));
        calls.put("invoicing.list", () -> portal.invoicing().list(staff(), new InvoiceFilter(Optional.empty(),
                random.nextBoolean() ? null : new HashSet<>(Arrays.asList(InvoiceStatus.OPEN, null))), number(),
                number()));
        calls.put("invoicing.creditNote", () -> portal.invoicing().issueCreditNote(staff(),
                new IssueCreditNote(invoiceId(), list(this::line), text())));
        calls.put("payments.record", () -> portal.payments().record(staff(), new RecordPayment(clientId(), money(),
                PaymentMethod.CASH, text(), text(), date(), list(() -> new RecordPayment.Request(invoiceId(), money())),
                random.nextBoolean(), text())));
        calls.put("payments.refund", () -> portal.payments().refund(staff(), new RefundPayment(paymentId(), money(),
                text(), text(), date(), list(() -> new Refund.Part(invoiceId(), money())))));
        calls.put("payments.applyCredit", () -> portal.payments().applyCredit(staff(),
                new ApplyCredit(invoiceId(), money())));
        calls.put("payments.findByReference", () -> portal.payments().findByReference(staff(), text()));
        calls.put("payments.pay", () -> portal.payments().pay(asAna, new PayInvoice(invoiceId(), number(), null)));
        calls.put("access.requestSignIn", () -> portal.access().requestSignIn(owner.workspaceId(), text(),
                request()));
        calls.put("access.signIn", () -> portal.access().signIn(text(), request()));
        calls.put("access.authenticate", () -> portal.access().authenticate(random.nextBoolean() ? session : text(),
                request()));
        calls.put("access.revokeContact", () -> portal.access().revokeContact(staff(), contactId(), text()));
        calls.put("access.revokeClient", () -> portal.access().revokeClient(staff(), clientId(), text()));
        calls.put("access.shareDocument", () -> portal.access().shareDocument(staff(),
                DocumentRef.of(DocumentType.INVOICE, invoice.id()),
                Optional.ofNullable(instant())));
        calls.put("access.openDocumentLink", () -> portal.access().openDocumentLink(text(), request()));
        calls.put("views.invoices", () -> portal.clientViews().invoices(asAna, new InvoiceListQuery(
                random.nextBoolean() ? null : new HashSet<>(Arrays.asList(InvoiceListQuery.Show.DUE, null)),
                number(), number())));
        calls.put("views.invoice", () -> portal.clientViews().invoice(asAna, invoiceId(), request()));
        calls.put("views.statement", () -> portal.clientViews().statement(asAna, date(), date(), request()));
        calls.put("views.payments", () -> portal.clientViews().payments(asAna, number(), number()));
        calls.put("receivables.aging", () -> portal.receivables().aging(staff(), date()));
        calls.put("receivables.statement", () -> portal.receivables().statement(staff(), clientId(), date(),
                date()));
        calls.put("receivables.cashFlow", () -> portal.receivables().cashFlow(staff(), date(), date(),
                random.nextBoolean() ? null : CashFlowForecast.Granularity.values()[0]));
        calls.put("quotes.createDraft", () -> portal.quotes().createDraft(staff(), DraftQuote.forClient(clientId())
                .lines(list(this::line)).notes(text()).expiresOn(date())));
        calls.put("quotes.void", () -> portal.quotes().voidQuote(staff(), quoteId(), text()));
        calls.put("quotes.open", () -> portal.quotes().open(asAna, quoteId(), request()));
        calls.put("quotes.accept", () -> portal.quotes().accept(asAna, quoteId(), text(), request()));
        calls.put("quotes.reject", () -> portal.quotes().reject(asAna, quoteId(), text(), request()));
        calls.put("quotes.requestChanges", () -> portal.quotes().requestChanges(asAna, quoteId(), text(),
                request()));
        calls.put("agreements.createDraft", () -> portal.agreements().createDraft(staff(), new DraftAgreement(
                clientId(), text(), AgreementDocument.text("Terms"), list(this::contactId))));
        calls.put("agreements.sign", () -> portal.agreements().sign(asAna, agreementId(), number(), text(),
                request()));
        calls.put("agreements.countersign", () -> portal.agreements().countersign(staff(), agreementId(), number(),
                text()));
        calls.put("agreements.void", () -> portal.agreements().voidAgreement(staff(), agreementId(), text()));
        calls.put("approvals.create", () -> portal.approvals().create(staff(), new CreateDeliverable(clientId(),
                text(), text(), number(), null, false, Optional.empty())));
        calls.put("approvals.addVersion", () -> portal.approvals().addVersion(staff(), new AddVersion(
                deliverableId(), list(this::fileId), text(), null)));
        calls.put("approvals.requestApproval", () -> portal.approvals().requestApproval(staff(),
                new RequestApproval(deliverableId(), list(this::contactId), ApprovalRule.ALL)));
        calls.put("approvals.approve", () -> portal.approvals().approve(asAna, new Approve(deliverableId(),
                VersionPin.number(number()), text(), text()), request()));
        calls.put("approvals.requestChanges", () -> portal.approvals().requestChanges(asAna, new RequestChanges(
                deliverableId(), VersionPin.number(number()), text(), Optional.empty()), request()));
        calls.put("approvals.withdraw", () -> portal.approvals().withdraw(staff(), deliverableId(), text()));
        calls.put("messaging.startThread", () -> portal.messaging().startThread(asAna, new NewThread(text(),
                Optional.empty(), text(), new MessageContent(text(), list(this::fileId)))));
        calls.put("messaging.post", () -> portal.messaging().post(staff(), threadId(),
                new MessageContent(text(), list(this::fileId))));
        calls.put("messaging.messages", () -> portal.messaging().messages(asAna, threadId(), number(), number()));
        calls.put("messaging.markRead", () -> portal.messaging().markRead(asAna, threadId(), number()));
        calls.put("analytics.recordView", () -> portal.analytics().recordView(asAna,
                DocumentRef.of(DocumentType.INVOICE, invoice.id()), request()));
        calls.put("analytics.views", () -> portal.analytics().views(staff(),
                DocumentRef.of(DocumentType.INVOICE, invoice.id()), number()));
        calls.put("audit.entries", () -> portal.audit().entries(staff(), number(), number()));
        calls.put("audit.forSubject", () -> portal.audit().forSubject(staff(), text(), text()));
        calls.put("documents.statement", () -> portal.documents().statement(staff(), clientId(), date(), date(),
                new ByteArrayOutputStream()));
        calls.put("workspaces.updateBranding", () -> portal.workspaces().updateBranding(staff(),
                new Branding(text(), random.nextBoolean() ? "#1F2933" : text(), "#2563EB")));
        calls.put("invoicing.issue", () -> portal.invoicing().issue(staff(), invoiceId()));
        calls.put("invoicing.discardDraft", () -> portal.invoicing().discardDraft(staff(), invoiceId()));
        calls.put("payments.gatewayEvent", () -> portal.payments().applyGatewayEvent(new GatewayEvent.Succeeded(
                text(), text(), owner.workspaceId(), invoiceId(), money(), text(), PaymentMethod.CARD, instant())));
        calls.put("access.invite", () -> portal.access().invite(staff(), contactId()));
        calls.put("access.signOut", () -> portal.access().signOut(text()));
        calls.put("quotes.revise", () -> portal.quotes().revise(staff(), quoteId(), DraftQuote.forClient(clientId())
                .lines(list(this::line)).terms(text())));
        calls.put("quotes.reverseAcceptance", () -> portal.quotes().reverseAcceptance(staff(), quoteId(), text()));
        calls.put("agreements.edit", () -> portal.agreements().edit(staff(), agreementId(), new DraftAgreement(
                clientId(), text(), AgreementDocument.text("New terms"), list(this::contactId))));
        calls.put("approvals.history", () -> portal.approvals().history(staff(), deliverableId()));
        calls.put("messaging.startStaffThread", () -> portal.messaging().startThread(staff(), clientId(),
                new NewThread(text(), Optional.empty(), text(), new MessageContent(text(), List.of()))));
        calls.put("documents.invoice", () -> portal.documents().invoice(staff(), invoiceId(),
                random.nextBoolean() ? null : new ByteArrayOutputStream()));
        return calls;
    }
}
