package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of payments, part payments, overpayments, refunds, credit applications, credit notes, voids and
 * write-offs over a few invoices of one client. After every step the balances agree with the payments and credit
 * notes that explain them; a rejected step changes nothing. Re-run a failure with
 * {@code -Dportal.payments.seed=<seed>}.
 */
class PaymentInvariantPropertyTest {

    private static final int SEQUENCES = 100;
    private static final int STEPS = 40;
    private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.BHD};

    private final Seed seed = Seed.from("portal.payments.seed");
    private int accepted;
    private int rejected;

    @Test
    void balancesAlwaysAgreeWithThePaymentsAndCreditNotesThatExplainThem() {
        Random sequences = seed.random();
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            new Sequence(sequence, new Random(sequences.nextLong())).play();
        }
        assertThat(accepted).as("%s: accepted steps", seed).isGreaterThan(SEQUENCES * STEPS / 3);
        assertThat(rejected).as("%s: rejected steps", seed).isGreaterThan(SEQUENCES * STEPS / 20);
    }

    /** What a step may change; a rejected step must leave all of it as it was. */
    private record State(List<Invoice> invoices, List<Payment> payments, Client client, List<CreditNote> creditNotes,
                         List<AuditEntry> auditTrail, List<DomainEvent> events) {
    }

    private final class Sequence {
        private final int number;
        private final Random random;
        private final PortalFixture fixture = PortalFixture.inMemory();
        private final StaffPrincipal owner;
        private final Client client;
        private final CurrencyUnit currency;
        private final List<RecordPayment> recorded = new ArrayList<>();
        private final List<RefundPayment> refunds = new ArrayList<>();
        private final List<String> history = new ArrayList<>();
        private int references;

        Sequence(int number, Random random) {
            this.number = number;
            this.random = random;
            this.currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            this.owner = fixture.workspace("Acme", currency);
            this.client = fixture.client(owner, "Globex");
        }

        void play() {
            for (int i = 0; i < 3; i++) {
                issueInvoice();
            }
            for (int step = 0; step < STEPS; step++) {
                State before = state();
                try {
                    String done = step();
                    history.add(done);
                    accepted++;
                } catch (PortalException e) {
                    history.add("rejected " + e.getMessage());
                    rejected++;
                    assertThat(state()).as(described()).isEqualTo(before);
                }
                checkInvariants(before);
                if (random.nextInt(5) == 0) {
                    fixture.clock.advance(Duration.ofDays(1 + random.nextInt(20)));
                }
            }
        }

        private String step() {
            List<Invoice> invoices = invoices();
            if (invoices.stream().noneMatch(i -> i.status().isPayable()) && random.nextInt(4) != 0) {
                return issueInvoice();
            }
            Invoice invoice = pick(invoices);
            Money due = invoice.amountDue();
            return switch (random.nextInt(13)) {
                case 0, 1 -> record(received(atLeastOne(due)).allocateTo(invoice.id()), "pay in full " + invoice.number());
                case 2, 3 -> {
                    Money part = upTo(due);
                    yield record(received(random.nextBoolean() ? part : part.plus(upTo(part))).allocate(invoice.id(),
                            part), "part-pay " + invoice.number());
                }
                case 4 -> record(received(due.plus(upTo(due))).allocateTo(invoice.id()), "overpay " + invoice.number());
                case 5 -> record(received(upTo(total(invoices))).allocateOldestFirst(), "pay oldest first");
                case 6 -> recorded.isEmpty() ? issueInvoice() : repeat(recorded.get(random.nextInt(recorded.size())));
                case 7, 8 -> refund();
                case 9 -> applyCredit(invoice);
                case 10 -> creditNote(invoice);
                case 11 -> {
                    fixture.portal.invoicing().voidInvoice(owner, invoice.id(), "random");
                    yield "void " + invoice.number();
                }
                default -> {
                    if (random.nextBoolean()) {
                        yield issueInvoice();
                    }
                    fixture.portal.invoicing().markUncollectible(owner, invoice.id(), "random");
                    yield "write off " + invoice.number();
                }
            };
        }

        /** Mostly an invoice that can still take money, so that most steps are accepted. */
        private Invoice pick(List<Invoice> invoices) {
            List<Invoice> payable = invoices.stream().filter(i -> i.status().isPayable()).toList();
            List<Invoice> from = payable.isEmpty() || random.nextInt(5) == 0 ? invoices : payable;
            return from.get(random.nextInt(from.size()));
        }

        private String record(RecordPayment command, String what) {
            Payment payment = fixture.portal.payments().record(owner, command);
            recorded.add(command);
            return what + ": " + payment.amount() + " → " + payment.allocations() + " + credit " + payment.toCredit();
        }

        private String repeat(RecordPayment command) {
            Payment earlier = fixture.portal.payments().findByReference(owner, command.reference()).orElseThrow();
            int events = fixture.events.size();
            assertThat(fixture.portal.payments().record(owner, command)).as(described()).isEqualTo(earlier);
            assertThat(fixture.events).as(described()).hasSize(events);
            return "re-record " + command.reference();
        }

        private String refund() {
            List<Payment> payments = payments();
            if (payments.isEmpty()) {
                return issueInvoice();
            }
            if (!refunds.isEmpty() && random.nextInt(4) == 0) {
                RefundPayment again = refunds.get(random.nextInt(refunds.size()));
                Payment earlier = fixture.portal.payments().get(owner, again.paymentId());
                assertThat(fixture.portal.payments().refund(owner, again)).as(described()).isEqualTo(earlier);
                return "re-refund " + again.reference();
            }
            Payment payment = payments.get(random.nextInt(payments.size()));
            RefundPayment command = RefundPayment.of(payment.id(), atLeastOne(payment.refundable()),
                    "refund-" + ++references, "random");
            List<Allocation> open = payment.allocations().stream().filter(a -> a.net().isPositive()).toList();
            if (!open.isEmpty() && random.nextInt(3) == 0) {
                Allocation named = open.get(random.nextInt(open.size()));
                Money part = upTo(named.net());
                command = new RefundPayment(payment.id(), part, command.reference(), "named", null,
                        List.of(new Refund.Part(named.invoiceId(), part)));
            }
            Payment refunded = fixture.portal.payments().refund(owner, command);
            refunds.add(command);
            Refund refund = refunded.refunds().get(refunded.refunds().size() - 1);
            return "refund " + refund.amount() + " of " + payment.reference() + ": credit " + refund.fromCredit()
                    + ", invoices " + refund.fromInvoices();
        }

        private String applyCredit(Invoice invoice) {
            Money balance = fixture.portal.clients().get(owner, client.id()).creditBalance(currency);
            Money amount = atLeastOne(random.nextBoolean() ? balance : invoice.amountDue());
            fixture.portal.payments().applyCredit(owner, new ApplyCredit(invoice.id(), amount));
            return "apply credit " + amount + " to " + invoice.number();
        }

        private String creditNote(Invoice invoice) {
            IssueCreditNote command = random.nextInt(4) == 0 ? IssueCreditNote.full(invoice.id(), "random")
                    : IssueCreditNote.partial(invoice.id(), "random", LineItem.of("Adjustment", "1", "",
                    atLeastOne(invoice.total().minus(invoice.balance().creditNotesTotal()))));
            CreditNote note = fixture.portal.invoicing().issueCreditNote(owner, command);
            return "credit note " + note.total() + " on " + invoice.number() + ": applied " + note.appliedToInvoice()
                    + ", to credit " + note.toClientCredit();
        }

        private String issueInvoice() {
            Money amount = Money.ofMinor(random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(500_000), currency);
            Invoice invoice = random.nextBoolean()
                    ? fixture.issuedInvoice(owner, client, amount.amount().toPlainString())
                    : fixture.issuedInvoice(owner, client, amount.amount().toPlainString(), TaxRate.of("VAT", "19"));
            return "issue " + invoice.number() + " for " + invoice.total();
        }

        private void checkInvariants(State before) {
            State now = state();
            Money creditFromPayments = Money.zero(currency);
            for (Payment payment : now.payments()) {
                Money allocated = payment.toCredit();
                for (Allocation allocation : payment.allocations()) {
                    allocated = allocated.plus(allocation.amount());
                }
                assertThat(allocated).as(described()).isEqualTo(payment.amount());
                assertThat(payment.refunded().isGreaterThan(payment.amount())).as(described()).isFalse();
                creditFromPayments = creditFromPayments.plus(payment.toCredit()).minus(payment.creditRefunded());
            }
            Money creditFromNotes = Money.zero(currency);
            Money creditApplied = Money.zero(currency);
            for (Invoice invoice : now.invoices()) {
                checkInvoice(invoice, now);
                creditApplied = creditApplied.plus(invoice.balance().clientCreditApplied());
            }
            for (CreditNote note : now.creditNotes()) {
                creditFromNotes = creditFromNotes.plus(note.toClientCredit());
            }
            Money balance = now.client().creditBalance(currency);
            assertThat(balance).as(described(": client credit = payments' credit − refunded from credit"
                    + " + credit notes' excess − credit applied (voids give it back)"))
                    .isEqualTo(creditFromPayments.plus(creditFromNotes).minus(creditApplied));
            assertThat(balance.isNegative()).as(described()).isFalse();
            assertThat(fixture.portal.audit().verify(owner).intact()).as(described()).isTrue();
            assertThat(now.auditTrail()).as(described()).startsWith(before.auditTrail().toArray(AuditEntry[]::new));
        }

        private void checkInvoice(Invoice invoice, State now) {
            Supplier<String> about = described(": invoice " + invoice.number());
            Money paid = Money.zero(currency);
            for (Payment payment : now.payments()) {
                paid = payment.allocationTo(invoice.id()).map(Allocation::net).map(paid::plus).orElse(paid);
            }
            Money notesApplied = Money.zero(currency);
            Money notesTotal = Money.zero(currency);
            for (CreditNote note : now.creditNotes()) {
                if (note.invoiceId().equals(invoice.id())) {
                    notesApplied = notesApplied.plus(note.appliedToInvoice());
                    notesTotal = notesTotal.plus(note.total());
                }
            }
            Money due = invoice.amountDue();
            Money clientCredit = invoice.balance().clientCreditApplied();
            assertThat(invoice.balance().paid()).as(about).isEqualTo(paid);
            assertThat(invoice.balance().creditNotesApplied()).as(about).isEqualTo(notesApplied);
            assertThat(invoice.balance().creditNotesTotal()).as(about).isEqualTo(notesTotal);
            assertThat(due).as(about)
                    .isEqualTo(invoice.total().minus(invoice.balance().credits()).minus(paid));
            assertThat(due.isNegative()).as(about).isFalse();
            boolean owed = due.isPositive();
            boolean settledByClient = paid.isPositive() || clientCredit.isPositive();
            boolean consistent = switch (invoice.status()) {
                case DRAFT -> false;
                case OPEN -> owed && !settledByClient;
                case PARTIALLY_PAID -> owed && settledByClient;
                case PAID -> !owed;
                case UNCOLLECTIBLE -> owed;
                case VOID -> !paid.isPositive() && !clientCredit.isPositive();
            };
            Money paidNet = paid;
            assertThat(consistent).as(() -> described(": invoice " + invoice.number() + " is " + invoice.status()
                    + " with due " + due + ", paid " + paidNet + ", client credit " + clientCredit).get()).isTrue();
        }

        private State state() {
            List<Invoice> invoices = invoices();
            List<CreditNote> notes = new ArrayList<>();
            for (Invoice invoice : invoices) {
                notes.addAll(fixture.portal.invoicing().creditNotes(owner, invoice.id()));
            }
            return new State(invoices, payments(), fixture.portal.clients().get(owner, client.id()), notes,
                    fixture.portal.audit().entries(owner, 1, 1000), List.copyOf(fixture.events));
        }

        // ids are random, so lists are put in an order the seed decides: by number and by reference
        private List<Invoice> invoices() {
            return fixture.portal.invoicing().list(owner, InvoiceFilter.ALL, 0, 500).stream()
                    .sorted(Comparator.comparing(Invoice::number)).toList();
        }

        private List<Payment> payments() {
            return fixture.portal.payments().forClient(owner, client.id()).stream()
                    .sorted(Comparator.comparing(Payment::reference)).toList();
        }

        private RecordPayment received(Money amount) {
            return RecordPayment.manual(client.id(), amount, PaymentMethod.BANK_TRANSFER, "ref-" + ++references);
        }

        /** A random amount between one minor unit and {@code limit} (one unit more now and then, to be rejected). */
        private Money upTo(Money limit) {
            long bound = Math.max(1, limit.minorUnits()) + (random.nextInt(10) == 0 ? 1 : 0);
            return Money.ofMinor(1 + random.nextLong(bound), currency);
        }

        /** Usually exactly {@code amount}, at least one minor unit, sometimes one more. */
        private Money atLeastOne(Money amount) {
            long minor = Math.max(1, amount.minorUnits()) + (random.nextInt(10) == 0 ? 1 : 0);
            return Money.ofMinor(minor, currency);
        }

        private Money total(List<Invoice> invoices) {
            Money sum = Money.ofMinor(1, currency);
            for (Invoice invoice : invoices) {
                sum = sum.plus(invoice.amountDue());
            }
            return sum;
        }

        private Supplier<String> described() {
            return described("");
        }

        /** The seed, the sequence and its last steps, built only if an assertion fails. */
        private Supplier<String> described(String what) {
            return () -> {
                int from = Math.max(0, history.size() - 12);
                return seed + ", sequence " + number + " in " + currency + ", after: "
                        + String.join(" | ", history.subList(from, history.size())) + what;
            };
        }
    }
}
