package dev.clientportal.examples.quickstart;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * The SDK in one plain Java program: in-memory adapters, a workspace, a client, an invoice issued, partly paid and
 * partly credited, then the client's statement and the aging report.
 */
public final class Quickstart {

    private final PrintStream out;

    Quickstart(PrintStream out) {
        this.out = out;
    }

    /** Runs the walkthrough and prints a summary to standard output. */
    public static void main(String[] args) {
        new Quickstart(System.out).run(Clock.systemUTC());
    }

    void run(Clock clock) {
        ClientPortal portal = ClientPortal.builder()
                .clock(clock)
                .stores(InMemoryStores.create())
                .events(event -> out.println("  event: " + event.getClass().getSimpleName()))
                .build();

        Workspace acme = portal.workspaces().create(new CreateWorkspace("Acme Design", USD, PaymentTerms.net(30)));
        StaffPrincipal owner = StaffPrincipal.of(acme.id(), "owner@acme.example");
        Client globex = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        out.println("Workspace " + acme.name() + " with client " + globex.name());

        TaxRate salesTax = TaxRate.of("NY sales tax", "8.875");
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Logo design", "12", "h", Money.of("95.00", USD), salesTax)
                .line("Brand guidelines", "1.5", "day", Money.of("640.00", USD), salesTax)
                .notes("Thank you for your business."));
        Invoice invoice = portal.invoicing().issue(owner, draft.id());
        out.println("Issued " + invoice.number() + " for " + invoice.total() + ", due " + invoice.dueDate());

        portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("1000.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-7781").allocateTo(invoice.id()));
        invoice = portal.invoicing().get(owner, invoice.id());
        out.println("Received USD 1000.00 by bank transfer: " + invoice.status() + ", " + invoice.amountDue() + " due");

        CreditNote credit = portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(invoice.id(),
                "Two hours of logo work were not needed", LineItem.of("Logo design", "2", "h",
                        Money.of("95.00", USD), salesTax)));
        invoice = portal.invoicing().get(owner, invoice.id());
        out.println("Credit note " + credit.number() + " for " + credit.total() + ": " + invoice.amountDue() + " due");

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Statement statement = portal.receivables().statement(owner, globex.id(), today.withDayOfMonth(1), today);
        out.println("Statement of " + globex.name() + ", opening balance " + statement.openingBalance());
        for (StatementLine line : statement.lines()) {
            out.printf("  %s  %-11s %-16s %14s %14s%n", line.date(), line.kind(), line.reference(),
                    line.amount(), line.balance());
        }
        out.println("  closing balance " + statement.closingBalance());

        AgingReport aging = portal.receivables().aging(owner, today.plusDays(45));
        out.println("Aging as of " + aging.asOf() + ":");
        for (AgingAmounts total : aging.totals()) {
            out.println("  current " + total.current() + ", 1-30 " + total.days1To30() + ", 31-60 "
                    + total.days31To60() + ", 61-90 " + total.days61To90() + ", 90+ " + total.over90());
        }
        out.println("Audit trail intact: " + portal.audit().verify(owner).intact());
    }

    /** A fixed clock for reproducible output. */
    static Clock fixedAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
