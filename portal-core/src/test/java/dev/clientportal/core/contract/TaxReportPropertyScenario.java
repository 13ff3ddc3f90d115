package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.exports.CreditNoteExportRow;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.Exports;
import dev.clientportal.core.exports.InvoiceExportRow;
import dev.clientportal.core.exports.TaxExportRow;
import dev.clientportal.core.exports.TaxPeriod;
import dev.clientportal.core.exports.TaxReport;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.workspace.Workspace;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over seeded random workspaces — several rates (a compound one among them), currencies with 0 and 2 decimals, tax
 * rounded per line or per document, discounts, partial and full credit notes, voids, partial payments and refunds on
 * random days of half a year — the tax report's invoiced totals equal the sums of the exported tax rows to the minor
 * unit, months and quarters agree, and every exported document adds up. The seed is printed (and named in every
 * failure); {@code -Dexports.seed=<seed>} runs one again. A scenario over any {@link PortalStores}; an adapter runs it
 * by extending it and implementing {@link #newStores()} and {@link #workspaces()}.
 */
public abstract class TaxReportPropertyScenario {

    private static final List<TaxRate> RATES = List.of(TaxRate.of("VAT", "19"), TaxRate.of("VAT reduced", "7"),
            TaxRate.of("GST", "5"), TaxRate.of("Zero rated", "0"));
    private static final TaxRate QST = TaxRate.compound("QST", "9.975");
    private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.USD, CurrencyUnit.EUR,
            CurrencyUnit.JPY);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final PortalFixture fixture = PortalFixture.over(newStores());
    private final Exports exports = fixture.portal.exports();

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    /** How many random workspaces one run plays through. */
    protected abstract int workspaces();

    @Test
    void theTaxReportsInvoicedTotals_equalTheSumsOfTheExportedTaxRows_inRandomWorkspaces() {
        Seed seed = Seed.from("exports.seed");
        Random random = seed.random();
        int taxRows = 0;
        for (int n = 0; n < workspaces(); n++) {
            StaffPrincipal owner = play(random, n);
            String described = seed + ", workspace " + n;

            List<TaxExportRow> invoiceTaxes = new ArrayList<>();
            exports.invoiceTaxes(owner, ExportFilter.period(FROM, TO).pageSize(1 + random.nextInt(7)),
                    invoiceTaxes::add);
            List<TaxExportRow> creditNoteTaxes = new ArrayList<>();
            exports.creditNoteTaxes(owner, ExportFilter.period(FROM, TO).pageSize(1 + random.nextInt(7)),
                    creditNoteTaxes::add);
            TaxReport months = exports.taxReport(owner, FROM, TO, TaxPeriod.MONTH);
            TaxReport quarters = exports.taxReport(owner, FROM, TO, TaxPeriod.QUARTER);

            taxRows += invoiceTaxes.size();
            assertThat(TaxReportSums.invoiced(months)).as(described)
                    .isEqualTo(TaxReportSums.invoiced(invoiceTaxes, creditNoteTaxes));
            assertThat(quarters.totals()).as(described).isEqualTo(months.totals());
            assertDocumentsAddUp(owner, invoiceTaxes, creditNoteTaxes, described);
        }
        assertThat(taxRows).as("tax rows of every workspace, %s", seed).isPositive();
    }

    private void assertDocumentsAddUp(StaffPrincipal owner, List<TaxExportRow> invoiceTaxes,
                                      List<TaxExportRow> creditNoteTaxes, String described) {
        Map<String, Money> taxByDocument = new HashMap<>();
        invoiceTaxes.forEach(row -> taxByDocument.merge(row.documentNumber(), row.tax(), Money::plus));
        creditNoteTaxes.forEach(row -> taxByDocument.merge(row.documentNumber(), row.tax(), Money::plus));
        List<InvoiceExportRow> invoices = new ArrayList<>();
        exports.invoices(owner, ExportFilter.period(FROM, TO), invoices::add);
        for (InvoiceExportRow row : invoices) {
            assertThat(row.subtotal().minus(row.discount()).plus(row.tax())).as(described).isEqualTo(row.total());
            assertThat(taxByDocument.getOrDefault(row.number(), Money.zero(row.currency()))).as(described)
                    .isEqualTo(row.tax());
        }
        List<CreditNoteExportRow> notes = new ArrayList<>();
        exports.creditNotes(owner, ExportFilter.period(FROM, TO), notes::add);
        for (CreditNoteExportRow row : notes) {
            assertThat(row.subtotal().minus(row.discount()).plus(row.tax())).as(described).isEqualTo(row.total());
            assertThat(row.appliedToInvoice().plus(row.toClientCredit())).as(described).isEqualTo(row.total());
            assertThat(taxByDocument.getOrDefault(row.number(), Money.zero(row.currency()))).as(described)
                    .isEqualTo(row.tax());
        }
    }

    /** A workspace played through half a year of random invoicing, crediting, voiding, paying and refunding. */
    private StaffPrincipal play(Random random, int n) {
        StaffPrincipal owner = fixture.workspace("Random " + (char) ('A' + n % 26) + n, CurrencyUnit.USD);
        if (random.nextBoolean()) {
            Workspace workspace = fixture.portal.workspaces().get(owner);
            fixture.portal.workspaces().updateSettings(owner, workspace.settings()
                    .withTaxes(workspace.settings().taxRates(), TaxRounding.PER_DOCUMENT));
        }
        List<Client> clients = new ArrayList<>();
        for (CurrencyUnit currency : CURRENCIES) {
            CreateClient client = new CreateClient("Client " + currency.code(),
                    "ap-" + currency.code().toLowerCase() + "@example.com").inCurrency(currency);
            clients.add(fixture.portal.clients().create(owner, random.nextInt(6) == 0 ? client.asTaxExempt()
                    : client));
        }
        List<Invoice> invoices = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        Set<String> credited = new HashSet<>();
        LocalDate day = FROM.plusDays(random.nextInt(10));
        int references = 0;
        while (day.isBefore(LocalDate.of(2026, 7, 1))) {
            fixture.moveTo(day);
            int action = random.nextInt(10);
            if (action < 4 || invoices.isEmpty()) {
                invoices.add(fixture.issue(owner, draft(random, clients.get(random.nextInt(clients.size())))));
            } else {
                Invoice invoice = fixture.portal.invoicing().get(owner,
                        invoices.get(random.nextInt(invoices.size())).id());
                references++;
                if (action < 7 && invoice.isOpenForCollection() && invoice.amountDue().isPositive()) {
                    Money amount = part(random, invoice.amountDue());
                    payments.add(fixture.portal.payments().record(owner, RecordPayment.manual(invoice.clientId(),
                            amount, PaymentMethod.BANK_TRANSFER, "pay-" + references)
                            .allocate(invoice.id(), amount)));
                } else if (action == 7 && invoice.isOpenForCollection()) {
                    int line = random.nextInt(invoice.content().lines().size());
                    if (credited.add(invoice.id() + "/" + line)) {
                        fixture.portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(invoice.id(),
                                "Line " + line + " credited", invoice.content().lines().get(line)));
                    }
                } else if (action == 8 && invoice.isOpenForCollection() && !invoice.balance().paid().isPositive()) {
                    fixture.portal.invoicing().voidInvoice(owner, invoice.id(), "Issued in error");
                } else if (action == 9 && !payments.isEmpty()) {
                    refund(owner, random, payments, references);
                }
            }
            day = day.plusDays(1 + random.nextInt(9));
        }
        return owner;
    }

    private void refund(StaffPrincipal owner, Random random, List<Payment> payments, int reference) {
        Payment payment = fixture.portal.payments().get(owner, payments.get(random.nextInt(payments.size())).id());
        var allocation = payment.allocations().get(0);
        if (allocation.net().isPositive()) {
            Money amount = part(random, allocation.net());
            fixture.portal.payments().refund(owner, RefundPayment.of(payment.id(), amount, "rf-" + reference,
                    "Goodwill").fromInvoice(allocation.invoiceId(), amount));
        }
    }

    private static DraftInvoice draft(Random random, Client client) {
        CurrencyUnit currency = client.currency();
        DraftInvoice draft = DraftInvoice.forClient(client.id());
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            List<TaxRate> taxes = new ArrayList<>();
            TaxRate first = RATES.get(random.nextInt(RATES.size()));
            if (random.nextInt(5) > 0) {
                taxes.add(first);
                if (random.nextInt(4) == 0) {
                    taxes.add(QST);
                }
            }
            long unitPrice = 1 + random.nextInt(currency.minorDigits() == 0 ? 20_000 : 99_999);
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(400), random.nextInt(3));
            draft = draft.line(new LineItem("Item " + i, quantity, "", Money.ofMinor(unitPrice, currency),
                    Discount.none(), taxes));
        }
        return switch (random.nextInt(4)) {
            case 0 -> draft.discount(Discount.percent(String.valueOf(1 + random.nextInt(15))));
            case 1 -> draft.discount(Discount.amount(Money.ofMinor(1 + random.nextInt(50), currency)));
            default -> draft;
        };
    }

    /** A random part of an amount, at least one minor unit, sometimes all of it. */
    private static Money part(Random random, Money amount) {
        if (random.nextInt(3) == 0) {
            return amount;
        }
        return Money.ofMinor(1 + (long) (random.nextDouble() * (amount.minorUnits() - 1)), amount.currency());
    }
}
