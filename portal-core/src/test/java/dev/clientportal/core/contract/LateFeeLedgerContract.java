package dev.clientportal.core.contract;

import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.automation.LateFeeCandidate;
import dev.clientportal.core.automation.LateFeeLedger;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LateFeeLedger}: one row per (workspace, invoice, period) with every field read back, scoped by workspace;
 * a second row of a period refused, of two transactions adding it exactly one wins; a removal changes a fee in force
 * once; and the due invoices of every workspace found from the day stored with each, in pages that add up. Run by
 * every adapter that keeps late fees.
 */
public abstract class LateFeeLedgerContract extends StoreContract {

    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = ISSUED.plusDays(30);
    private static final Instant NOW = Instant.parse("2026-04-10T10:00:00Z");
    private static final LateFeePolicy FLAT = LateFeePolicy.flat(Money.of("10.00", USD), 30, 5);

    private LateFeeLedger ledger;
    private WorkspaceId acme;
    private WorkspaceId other;
    private ClientId globex;
    private ClientId initech;

    @BeforeEach
    void twoWorkspaces() {
        ledger = stores.lateFees().orElseThrow(() -> new AssertionError("these stores keep no late fees"));
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        globex = storedClient(acme, "Globex", USD).id();
        initech = storedClient(other, "Initech", USD).id();
    }

    @Test
    void aFee_isReadBackWithEveryField_inItsWorkspaceOnly_byPeriod() {
        Invoice invoice = storedWithFees(acme, globex, "INV-1", FLAT);
        LateFee second = fee(invoice, 2);
        LateFee first = fee(invoice, 1);
        inTransaction(() -> ledger.add(second));
        inTransaction(() -> ledger.add(first));
        LateFee passedOver = fee(invoice, 3).removed(NOW, "system", "paused: disputed by the client");
        inTransaction(() -> ledger.add(passedOver));

        assertThat(inTransaction(() -> ledger.find(acme, invoice.id(), 2))).contains(second);
        assertThat(inTransaction(() -> ledger.find(acme, invoice.id(), 3))).contains(passedOver);
        assertThat(inTransaction(() -> ledger.find(other, invoice.id(), 2))).isEmpty();
        assertThat(inTransaction(() -> ledger.find(acme, invoice.id(), 4))).isEmpty();
        assertThat(inTransaction(() -> ledger.ofInvoice(acme, invoice.id()))).containsExactly(first, second,
                passedOver);
        assertThat(inTransaction(() -> ledger.ofInvoice(other, invoice.id()))).isEmpty();
    }

    @Test
    void aSecondRowOfAPeriod_isRefused() {
        Invoice invoice = storedWithFees(acme, globex, "INV-1", FLAT);
        inTransaction(() -> ledger.add(fee(invoice, 1)));
        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> ledger.add(fee(invoice, 1))));
        assertThat(inTransaction(() -> ledger.ofInvoice(acme, invoice.id()))).hasSize(1);
    }

    @Test
    void twoTransactionsAddingOnePeriod_exactlyOneWins() {
        Invoice invoice = storedWithFees(acme, globex, "INV-1", FLAT);
        @SuppressWarnings("unchecked")
        List<Race.Outcome<Boolean>> outcomes = Race.run(
                () -> inTransaction(() -> {
                    ledger.add(fee(invoice, 1));
                    return true;
                }),
                () -> inTransaction(() -> {
                    ledger.add(fee(invoice, 1));
                    return true;
                }));
        assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).hasSize(1);
        assertThat(inTransaction(() -> ledger.ofInvoice(acme, invoice.id()))).hasSize(1);
    }

    @Test
    void aRemoval_changesAFeeInForceOnce_andIsReadBack() {
        Invoice invoice = storedWithFees(acme, globex, "INV-1", FLAT);
        LateFee fee = fee(invoice, 1);
        inTransaction(() -> ledger.add(fee));
        LateFee removed = fee.removed(NOW.plusSeconds(60), "owner@acme.example", "goodwill");

        assertThat(inTransaction(() -> ledger.markRemoved(removed))).isTrue();
        assertThat(inTransaction(() -> ledger.markRemoved(fee.removed(NOW.plusSeconds(90), "x@acme.example",
                "again")))).as("removed once").isFalse();
        assertThat(inTransaction(() -> ledger.find(acme, invoice.id(), 1))).contains(removed);
        assertThat(inTransaction(() -> ledger.markRemoved(fee(invoice, 2).removed(NOW, "a", "b"))))
                .as("never recorded").isFalse();
        LateFee elsewhere = new LateFee(other, invoice.id(), 1, fee.amount(), fee.periodStart(), NOW, NOW, "a", "b");
        assertThat(inTransaction(() -> ledger.markRemoved(elsewhere))).as("scoped by workspace").isFalse();
    }

    @Test
    void due_listsInvoicesOfEveryWorkspaceWhoseNextFeeDayHasCome_inPagesThatAddUp() {
        List<Invoice> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(storedWithFees(acme, globex, "INV-A" + i, FLAT));
            candidates.add(storedWithFees(other, initech, "INV-B" + i,
                    LateFeePolicy.flat(Money.of("5.00", USD), 30, i)));
        }
        storedWithFees(acme, globex, "INV-NONE", LateFeePolicy.none());
        stored(anInvoice(acme, globex).amount("80.00", USD).issued("INV-PAID", ISSUED).paid("80.00").build());
        stored(anInvoice(acme, globex).amount("80.00", USD).build());
        Invoice decided = candidates.get(0);
        Invoice moved = inTransaction(() -> stores.invoices().save(inTransaction(() -> stores.invoices()
                .find(acme, decided.id())).orElseThrow().withLateFeePeriod(1, DUE.plusDays(6), true)));
        assertThat(moved.nextLateFeeOn()).isEqualTo(DUE.plusDays(36));

        LocalDate through = DUE.plusDays(6);
        List<LateFeeCandidate> expected = candidates.stream().filter(invoice -> !invoice.id().equals(decided.id()))
                .map(invoice -> new LateFeeCandidate(invoice.workspaceId(), invoice.id(), invoice.nextLateFeeOn()))
                .filter(candidate -> !candidate.nextLateFeeOn().isAfter(through))
                .toList();
        assertThat(expected).hasSizeGreaterThan(4);

        List<LateFeeCandidate> paged = new ArrayList<>();
        Optional<LateFeeCandidate> after = Optional.empty();
        while (true) {
            Optional<LateFeeCandidate> from = after;
            List<LateFeeCandidate> page = inTransaction(() -> ledger.due(through, from, 3));
            paged.addAll(page);
            if (page.size() < 3) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
        assertThat(paged).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
        assertThat(paged).extracting(LateFeeCandidate::nextLateFeeOn).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(inTransaction(() -> ledger.due(DUE.plusDays(36), Optional.empty(), 100)))
                .extracting(LateFeeCandidate::invoiceId).contains(decided.id());
        assertThat(inTransaction(() -> ledger.due(DUE, Optional.empty(), 100))).as("none before the grace ended")
                .isEmpty();
    }

    private Invoice storedWithFees(WorkspaceId workspaceId, ClientId clientId, String number, LateFeePolicy policy) {
        Money amount = Money.of("100.00", USD);
        InvoiceContent content = new InvoiceContent(USD, List.of(LineItem.of("Consulting", "1", "day", amount)),
                Discount.none(), "", "", PaymentTerms.net(30), policy, PaymentSchedule.NONE, TaxRounding.PER_LINE,
                false, null);
        return stored(anInvoice(workspaceId, clientId).content(content).issued(number, ISSUED).build());
    }

    private static LateFee fee(Invoice invoice, int period) {
        return new LateFee(invoice.workspaceId(), invoice.id(), period, Money.of("10.00", USD),
                FLAT.periodStart(DUE, period).orElseThrow(), NOW, null, "", "");
    }
}
