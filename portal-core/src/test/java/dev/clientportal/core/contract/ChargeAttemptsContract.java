package dev.clientportal.core.contract;

import dev.clientportal.core.automation.Cadence;
import dev.clientportal.core.automation.ChargeAttempt;
import dev.clientportal.core.automation.ChargeAttempts;
import dev.clientportal.core.automation.ChargeStatus;
import dev.clientportal.core.automation.RecurringStatus;
import dev.clientportal.core.automation.RecurringTemplate;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChargeAttempts}: one row per (workspace, template, period, attempt), scheduled once, recorded once with every
 * field read back, scoped by workspace; of two transactions recording the same attempt exactly one wins; and the due
 * query across workspaces, due rows only, in pages by key that add up. Run by every adapter that keeps the log.
 */
public abstract class ChargeAttemptsContract extends StoreContract {

    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final LocalDate PERIOD = LocalDate.of(2026, 3, 31);
    private static final Instant NOW = Instant.parse("2026-03-31T10:00:00Z");

    private ChargeAttempts attempts;
    private WorkspaceId acme;
    private WorkspaceId other;
    private RecurringTemplate acmeTemplate;
    private RecurringTemplate otherTemplate;
    private Invoice acmeInvoice;
    private Invoice otherInvoice;

    @BeforeEach
    void twoWorkspaces() {
        attempts = stores.chargeAttempts().orElseThrow(() -> new AssertionError("these stores keep no attempts"));
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        ClientId globex = storedClient(acme, "Globex", USD).id();
        ClientId initech = storedClient(other, "Initech", USD).id();
        acmeTemplate = storedTemplate(1, acme, globex);
        otherTemplate = storedTemplate(2, other, initech);
        acmeInvoice = stored(anInvoice(acme, globex).amount("900.00", USD).issued("INV-1", PERIOD).build());
        otherInvoice = stored(anInvoice(other, initech).amount("50.00", USD).issued("INV-1", PERIOD).build());
    }

    @Test
    void anAttempt_isReadBackWithEveryField_dueAndThenRecorded_inItsWorkspaceOnly() {
        ChargeAttempt due = due(acmeTemplate, acmeInvoice, PERIOD, 2, NOW, NOW.minusSeconds(86_400));
        inTransaction(() -> attempts.schedule(due));

        assertThat(inTransaction(() -> attempts.find(acme, acmeTemplate.id(), PERIOD, 2))).contains(due);
        assertThat(inTransaction(() -> attempts.find(other, acmeTemplate.id(), PERIOD, 2))).isEmpty();
        assertThat(inTransaction(() -> attempts.find(acme, acmeTemplate.id(), PERIOD, 1))).isEmpty();

        ChargeAttempt declined = new ChargeAttempt(acme, acmeTemplate.id(), PERIOD, 2, acmeInvoice.id(),
                acmeInvoice.clientId(), NOW, ChargeStatus.DECLINED, "card_declined: insufficient funds", "ch_3Mtw",
                NOW.minusSeconds(86_400), NOW.plusSeconds(3));
        inTransaction(() -> attempts.record(declined));

        assertThat(inTransaction(() -> attempts.find(acme, acmeTemplate.id(), PERIOD, 2))).contains(declined);
        assertThat(inTransaction(() -> attempts.ofTemplate(acme, acmeTemplate.id()))).containsExactly(declined);
        assertThat(inTransaction(() -> attempts.ofTemplate(other, acmeTemplate.id()))).isEmpty();
    }

    @Test
    void schedulingAnAttemptTwice_orRecordingOneNotDue_isRefused_andChangesNothing() {
        ChargeAttempt due = due(acmeTemplate, acmeInvoice, PERIOD, 1, NOW, null);
        inTransaction(() -> attempts.schedule(due));
        ChargeAttempt paid = outcome(due, ChargeStatus.SUCCEEDED);
        inTransaction(() -> attempts.record(paid));

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> attempts.schedule(due)));
        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> inTransaction(() ->
                attempts.record(outcome(due, ChargeStatus.DECLINED))));
        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> inTransaction(() ->
                attempts.record(outcome(due(acmeTemplate, acmeInvoice, PERIOD, 2, NOW, NOW), ChargeStatus.DECLINED))));
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> inTransaction(() -> attempts.schedule(paid)));
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> inTransaction(() -> attempts.record(due)));
        assertThat(inTransaction(() -> attempts.ofTemplate(acme, acmeTemplate.id()))).containsExactly(paid);
    }

    @Test
    void aRolledBackRecord_leavesTheAttemptDue() {
        ChargeAttempt due = due(acmeTemplate, acmeInvoice, PERIOD, 1, NOW, null);
        inTransaction(() -> attempts.schedule(due));

        try {
            inTransaction(() -> {
                attempts.record(outcome(due, ChargeStatus.SUCCEEDED));
                throw new IllegalStateException("the payment could not be applied");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }

        assertThat(inTransaction(() -> attempts.find(acme, acmeTemplate.id(), PERIOD, 1))).contains(due);
        assertThat(inTransaction(() -> attempts.due(NOW, Optional.empty(), 10))).containsExactly(due);
    }

    @Test
    void twoTransactionsRecordingOneAttempt_exactlyOneWins() {
        ChargeAttempt due = due(acmeTemplate, acmeInvoice, PERIOD, 1, NOW, null);
        inTransaction(() -> attempts.schedule(due));

        @SuppressWarnings("unchecked")
        List<Race.Outcome<Boolean>> outcomes = Race.run(
                () -> inTransaction(() -> {
                    attempts.record(outcome(due, ChargeStatus.SUCCEEDED));
                    return true;
                }),
                () -> inTransaction(() -> {
                    attempts.record(outcome(due, ChargeStatus.DECLINED));
                    return true;
                }));

        assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).hasSize(1);
        ChargeStatus stored = inTransaction(() -> attempts.find(acme, acmeTemplate.id(), PERIOD, 1)).orElseThrow()
                .status();
        assertThat(stored).isIn(ChargeStatus.SUCCEEDED, ChargeStatus.DECLINED);
    }

    @Test
    void due_listsDueAttemptsOfEveryWorkspaceWhoseTimeHasCome_inPagesByKeyThatAddUp() {
        List<ChargeAttempt> expected = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            LocalDate period = PERIOD.plusDays(day);
            ChargeAttempt acmeDue = due(acmeTemplate, acmeInvoice, period, 1, NOW.minusSeconds(day), null);
            ChargeAttempt otherDue = due(otherTemplate, otherInvoice, period, 3, NOW, NOW.minusSeconds(3 * 86_400));
            inTransaction(() -> attempts.schedule(acmeDue));
            inTransaction(() -> attempts.schedule(otherDue));
            expected.add(acmeDue);
            expected.add(otherDue);
        }
        ChargeAttempt later = due(acmeTemplate, acmeInvoice, PERIOD, 2, NOW.plusSeconds(1), NOW);
        ChargeAttempt done = due(otherTemplate, otherInvoice, PERIOD.minusDays(1), 1, NOW.minusSeconds(60), null);
        inTransaction(() -> attempts.schedule(later));
        inTransaction(() -> attempts.schedule(done));
        inTransaction(() -> attempts.record(outcome(done, ChargeStatus.SUCCEEDED)));
        expected.sort(java.util.Comparator.comparing(attempt -> attempt.key().value()));

        List<ChargeAttempt> paged = new ArrayList<>();
        Optional<WorkKey> after = Optional.empty();
        while (true) {
            Optional<WorkKey> from = after;
            List<ChargeAttempt> page = inTransaction(() -> attempts.due(NOW, from, 4));
            paged.addAll(page);
            if (page.size() < 4) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).key());
        }

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(inTransaction(() -> attempts.due(NOW.plusSeconds(1), Optional.empty(), 100))).contains(later);
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> inTransaction(() -> attempts.due(NOW, Optional.empty(), 0)));
    }

    private RecurringTemplate storedTemplate(int n, WorkspaceId workspace, ClientId client) {
        RecurringTemplate template = new RecurringTemplate(new RecurringTemplateId(Samples.orderedUuid(n)), workspace,
                client, List.of(LineItem.of("Retainer", "1", "month", Money.of("900.00", USD))), "", null,
                Cadence.monthly(), PERIOD, null, 0, false, List.of(), RecurringStatus.ACTIVE, 0);
        return inTransaction(() -> stores.recurringTemplates().orElseThrow().save(template));
    }

    private static ChargeAttempt due(RecurringTemplate template, Invoice invoice, LocalDate period, int attempt,
                                     Instant dueAt, Instant firstFailedAt) {
        return new ChargeAttempt(template.workspaceId(), template.id(), period, attempt, invoice.id(),
                invoice.clientId(), dueAt, ChargeStatus.DUE, "", "", firstFailedAt, null);
    }

    private static ChargeAttempt outcome(ChargeAttempt due, ChargeStatus status) {
        return new ChargeAttempt(due.workspaceId(), due.templateId(), due.period(), due.attempt(), due.invoiceId(),
                due.clientId(), due.dueAt(), status, status == ChargeStatus.DECLINED ? "card_declined" : "",
                "pi_" + due.attempt(), due.firstFailedAt(), NOW.plusSeconds(1));
    }
}
