package dev.clientportal.core.contract;

import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.InvoicePause;
import dev.clientportal.core.automation.QuietHours;
import dev.clientportal.core.automation.ReminderCursor;
import dev.clientportal.core.automation.ReminderFacts;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderOutcome;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.automation.ReminderStores;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ReminderStores}: policies, client settings and invoice pauses scoped by workspace; a log that keeps each
 * step of an amount once; and facts of open amounts by due date, with their logged steps, in pages that add up.
 * Run by every adapter that keeps reminders.
 */
public abstract class ReminderStoresContract extends StoreContract {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2); // net 30: due 2026-04-01
    private static final LocalDate DUE = ISSUED.plusDays(30);
    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    private static final CurrencyUnit USD = CurrencyUnit.USD;

    private ReminderStores reminders;
    private WorkspaceId acme;
    private WorkspaceId other;
    private ClientId globex;

    @BeforeEach
    void twoWorkspaces() {
        reminders = stores.reminders().orElseThrow(() -> new AssertionError("these stores keep no reminders"));
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        globex = storedClient(acme, "Globex", USD).id();
    }

    @Test
    void aWorkspacePolicy_isReadBackAsSet_replacedByTheNextOne_andSeenByNoOtherWorkspace() {
        ReminderPolicy custom = ReminderPolicy.ofDays(-1, 5).withSendAt(LocalTime.of(10, 15))
                .withQuietHours(QuietHours.between("22:00", "07:30"));
        assertThat(inTransaction(() -> reminders.policies().workspacePolicy(acme))).isEmpty();

        inTransaction(() -> reminders.policies().saveWorkspacePolicy(acme, ReminderPolicy.DEFAULT));
        inTransaction(() -> reminders.policies().saveWorkspacePolicy(acme, custom));

        assertThat(inTransaction(() -> reminders.policies().workspacePolicy(acme))).contains(custom);
        assertThat(inTransaction(() -> reminders.policies().workspacePolicy(other))).isEmpty();
    }

    @Test
    void clientSettings_areReadBackAsSet_inTheirWorkspaceOnly() {
        ClientReminderSettings settings = ClientReminderSettings.followWorkspace(globex)
                .withPolicy(ReminderPolicy.ofDays(0, 10)).withTimeZone(ZoneId.of("Pacific/Kiritimati"))
                .withPaused(true);

        inTransaction(() -> reminders.policies().saveClientSettings(acme, settings));

        assertThat(inTransaction(() -> reminders.policies().clientSettings(acme, globex))).contains(settings);
        assertThat(inTransaction(() -> reminders.policies().clientSettings(other, globex))).isEmpty();
        ClientReminderSettings resumed = settings.withPaused(false);
        inTransaction(() -> reminders.policies().saveClientSettings(acme, resumed));
        assertThat(inTransaction(() -> reminders.policies().clientSettings(acme, globex))).contains(resumed);
    }

    @Test
    void aPausedInvoice_keepsItsFirstReason_untilResumed_andIsPausedInItsWorkspaceOnly() {
        Invoice first = stored(open());
        Invoice second = stored(open());

        inTransaction(() -> reminders.policies().pauseInvoice(acme, first.id(), InvoicePause.paused("on hold")));
        inTransaction(() -> reminders.policies().pauseInvoice(acme, first.id(), InvoicePause.paused("again")));

        assertThat(inTransaction(() -> reminders.policies().pausedInvoices(acme, List.of(first.id(), second.id()))))
                .containsExactly(java.util.Map.entry(first.id(), "on hold"));
        assertThat(inTransaction(() -> reminders.policies().pausedInvoices(other, List.of(first.id())))).isEmpty();
        inTransaction(() -> reminders.policies().resumeInvoice(acme, first.id(), InvoicePause.Kind.PAUSED));
        inTransaction(() -> reminders.policies().resumeInvoice(acme, second.id(), InvoicePause.Kind.PAUSED));
        assertThat(inTransaction(() -> reminders.policies().pausedInvoices(acme, List.of(first.id())))).isEmpty();
    }

    @Test
    void aDispute_isAPauseOfItsOwnKind_besideAStaffPause_eachEndingOnItsOwn() {
        Invoice invoice = stored(open());

        inTransaction(() -> reminders.policies().pauseInvoice(acme, invoice.id(),
                InvoicePause.disputed("chargeback dp_1: fraudulent")));
        inTransaction(() -> reminders.policies().pauseInvoice(acme, invoice.id(),
                InvoicePause.disputed("chargeback dp_1: delivered twice")));
        assertThat(inTransaction(() -> reminders.policies().pausedInvoices(acme, List.of(invoice.id()))))
                .as("a dispute counts as a pause, and names itself")
                .containsExactly(java.util.Map.entry(invoice.id(), "disputed: chargeback dp_1: fraudulent"));
        inTransaction(() -> reminders.policies().pauseInvoice(acme, invoice.id(), InvoicePause.paused("on hold")));

        assertThat(inTransaction(() -> reminders.policies().invoicePauses(acme, List.of(invoice.id()))))
                .containsExactly(java.util.Map.entry(invoice.id(), List.of(InvoicePause.paused("on hold"),
                        InvoicePause.disputed("chargeback dp_1: fraudulent"))));
        assertThat(inTransaction(() -> reminders.policies().invoicePauses(other, List.of(invoice.id())))).isEmpty();
        inTransaction(() -> reminders.policies().resumeInvoice(acme, invoice.id(), InvoicePause.Kind.DISPUTED));
        assertThat(inTransaction(() -> reminders.policies().pausedInvoices(acme, List.of(invoice.id()))))
                .as("resolving the dispute leaves the staff pause")
                .containsExactly(java.util.Map.entry(invoice.id(), "on hold"));
        inTransaction(() -> reminders.policies().resumeInvoice(acme, invoice.id(), InvoicePause.Kind.PAUSED));
        assertThat(inTransaction(() -> reminders.policies().invoicePauses(acme, List.of(invoice.id())))).isEmpty();
    }

    @Test
    void theLog_keepsEachStepOfAnAmountOnce_theFirstEntryWinning() {
        Invoice invoice = stored(open());
        ReminderLogEntry sent = entry(invoice, DUE, 0, ReminderOutcome.RESENT_WITH_LINK, AT);
        ReminderLogEntry again = entry(invoice, DUE, 0, ReminderOutcome.NUDGED_VIEWED, AT.plusSeconds(60));
        ReminderLogEntry skipped = entry(invoice, DUE, -3, ReminderOutcome.SKIPPED_BY_CATCH_UP, AT);

        assertThat(inTransaction(() -> reminders.log().record(sent))).isTrue();
        assertThat(inTransaction(() -> reminders.log().record(again))).isFalse();
        assertThat(inTransaction(() -> reminders.log().record(skipped))).isTrue();

        assertThat(inTransaction(() -> reminders.log().ofInvoice(acme, invoice.id()))).containsExactly(skipped, sent);
        assertThat(inTransaction(() -> reminders.log().ofInvoice(other, invoice.id()))).isEmpty();
    }

    @Test
    void aLogEntryOfARolledBackTransaction_isGone_andTheStepCanBeLoggedAgain() {
        Invoice invoice = stored(open());
        ReminderLogEntry sent = entry(invoice, DUE, 0, ReminderOutcome.RESENT_WITH_LINK, AT);

        assertThatThrownBy(() -> inTransaction(() -> {
            reminders.log().record(sent);
            throw new IllegalStateException("the send's unit of work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> reminders.log().ofInvoice(acme, invoice.id()))).isEmpty();
        assertThat(inTransaction(() -> reminders.log().record(sent))).isTrue();
    }

    @Test
    void recordingManyEntries_addsOnlyTheNewOnes_inTheirGivenOrder_andLeavesTheOldOnesAsTheyWere() {
        Invoice first = stored(open());
        Invoice second = stored(open());
        ReminderLogEntry old = entry(first, DUE, 0, ReminderOutcome.RESENT_WITH_LINK, AT);
        inTransaction(() -> reminders.log().record(old));
        ReminderLogEntry again = entry(first, DUE, 0, ReminderOutcome.NUDGED_VIEWED, AT.plusSeconds(60));
        ReminderLogEntry skipped = entry(first, DUE, -3, ReminderOutcome.SKIPPED_BY_CATCH_UP, AT.plusSeconds(60));
        ReminderLogEntry ofSecond = entry(second, DUE, 0, ReminderOutcome.NUDGED_VIEWED, AT.plusSeconds(60));

        List<ReminderLogEntry> added = inTransaction(() -> reminders.log().recordAll(acme,
                List.of(ofSecond, again, skipped)));

        assertThat(added).containsExactly(ofSecond, skipped);
        assertThat(inTransaction(() -> reminders.log().ofInvoice(acme, first.id()))).containsExactly(old, skipped);
        assertThat(inTransaction(() -> reminders.log().ofInvoice(acme, second.id()))).containsExactly(ofSecond);
        assertThat(inTransaction(() -> reminders.log().recordAll(acme, List.of(skipped, ofSecond)))).isEmpty();
    }

    @Test
    void recordingManyEntries_refusesAnEntryOfAnotherWorkspace_andRecordsNone() {
        Invoice invoice = stored(open());
        ReminderLogEntry ours = entry(invoice, DUE, 0, ReminderOutcome.RESENT_WITH_LINK, AT);
        ReminderLogEntry theirs = new ReminderLogEntry(other, globex, invoice.id(), DUE, ReminderStep.days(-3),
                ReminderOutcome.SKIPPED_BY_CATCH_UP, "", AT);

        assertFailsWith(ErrorCode.INVALID_VALUE, () -> inTransaction(() ->
                reminders.log().recordAll(acme, List.of(ours, theirs))));

        assertThat(inTransaction(() -> reminders.log().ofInvoice(acme, invoice.id()))).isEmpty();
        assertThat(inTransaction(() -> reminders.log().recordAll(acme, List.of()))).isEmpty();
    }

    @Test
    void recordingManyEntriesInATransactionThatRolledBack_leavesNone() {
        Invoice invoice = stored(open());
        List<ReminderLogEntry> entries = List.of(entry(invoice, DUE, 0, ReminderOutcome.RESENT_WITH_LINK, AT),
                entry(invoice, DUE, -3, ReminderOutcome.SKIPPED_BY_CATCH_UP, AT));

        assertThatThrownBy(() -> inTransaction(() -> {
            reminders.log().recordAll(acme, entries);
            throw new IllegalStateException("the batch's unit of work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> reminders.log().recordAll(acme, entries))).isEqualTo(entries);
    }

    @Test
    void twoRunsLoggingOverlappingEntriesAtOnce_addEachEntryOnce_withoutADeadlock() {
        for (int round = 0; round < 10; round++) {
            List<ReminderLogEntry> entries = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                entries.add(new ReminderLogEntry(acme, globex, new InvoiceId(java.util.UUID.randomUUID()), DUE,
                        ReminderStep.days(i % 3 - 1), ReminderOutcome.SKIPPED_BY_CATCH_UP, "", AT));
            }
            List<ReminderLogEntry> first = new ArrayList<>(entries.subList(0, 200));
            List<ReminderLogEntry> second = new ArrayList<>(entries.subList(100, 300));
            Collections.shuffle(first, new Random(round));
            Collections.shuffle(second, new Random(round + 100));

            List<Race.Outcome<List<ReminderLogEntry>>> outcomes = Race.run(
                    () -> inTransaction(() -> reminders.log().recordAll(acme, first)),
                    () -> inTransaction(() -> reminders.log().recordAll(acme, second)));

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
            List<ReminderLogEntry> both = new ArrayList<>(outcomes.get(0).value());
            both.addAll(outcomes.get(1).value());
            assertThat(both).containsExactlyInAnyOrderElementsOf(entries);
            assertThat(outcomes.get(0).value()).containsAll(entries.subList(0, 100));
        }
    }

    @Test
    void recordingMoreEntriesThanOneStatementTakes_addsEachNewOneOnce() {
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            invoices.add(stored(open()));
        }
        List<ReminderLogEntry> entries = new ArrayList<>();
        for (int day = 0; day < 130; day++) {
            for (Invoice invoice : invoices) {
                entries.add(entry(invoice, DUE, day - 60, ReminderOutcome.SKIPPED_BY_CATCH_UP, AT));
            }
        }
        List<ReminderLogEntry> before = List.of(entries.get(5), entries.get(600), entries.get(1_100));
        before.forEach(entry -> inTransaction(() -> reminders.log().record(entry)));

        List<ReminderLogEntry> added = inTransaction(() -> reminders.log().recordAll(acme, entries));

        assertThat(added).hasSize(entries.size() - before.size())
                .containsExactlyElementsOf(entries.stream().filter(entry -> !before.contains(entry)).toList());
        assertThat(inTransaction(() -> reminders.log().ofInvoice(acme, invoices.get(0).id()))).hasSize(130);
    }

    @Test
    void clientSettingsOfManyClients_areThoseOfTheClientsWithAny_inTheirWorkspaceOnly() {
        ClientId initech = storedClient(acme, "Initech", USD).id();
        ClientId plain = storedClient(acme, "Plain", USD).id();
        ClientReminderSettings ofGlobex = ClientReminderSettings.followWorkspace(globex).withPaused(true);
        ClientReminderSettings ofInitech = ClientReminderSettings.followWorkspace(initech)
                .withTimeZone(ZoneId.of("Europe/Berlin"));
        inTransaction(() -> reminders.policies().saveClientSettings(acme, ofGlobex));
        inTransaction(() -> reminders.policies().saveClientSettings(acme, ofInitech));
        List<ClientId> many = new ArrayList<>(List.of(globex, initech, plain));
        for (int i = 0; i < 1_100; i++) {
            many.add(new ClientId(java.util.UUID.randomUUID()));
        }

        assertThat(inTransaction(() -> reminders.policies().clientSettings(acme, many)))
                .containsOnly(java.util.Map.entry(globex, ofGlobex), java.util.Map.entry(initech, ofInitech));
        assertThat(inTransaction(() -> reminders.policies().clientSettings(other, List.of(globex, initech))))
                .isEmpty();
        assertThat(inTransaction(() -> reminders.policies().clientSettings(acme, List.<ClientId>of()))).isEmpty();
    }

    @Test
    void theFacts_areTheOpenAmountsDueInTheRange_withWhatIsStillOwed_andTheStepsLogged() {
        Invoice open = stored(open());
        Invoice partly = stored(InvoiceBuilder.anInvoice(acme, globex).amount("100.00", USD).issued("INV-2", ISSUED)
                .paid("40.00").build());
        stored(InvoiceBuilder.anInvoice(acme, globex).issued("INV-3", ISSUED).paid("100.00").build());
        stored(InvoiceBuilder.anInvoice(acme, globex).issued("INV-4", ISSUED).voided(AT).build());
        stored(InvoiceBuilder.anInvoice(acme, globex).issued("INV-5", ISSUED).uncollectible(AT).build());
        stored(InvoiceBuilder.anInvoice(acme, globex).build());
        stored(InvoiceBuilder.anInvoice(acme, globex).issued("INV-6", ISSUED.plusDays(2)).build());
        inTransaction(() -> reminders.log().record(entry(open, DUE, 0, ReminderOutcome.RESENT_WITH_LINK, AT)));
        inTransaction(() -> reminders.log().record(entry(open, DUE, -3, ReminderOutcome.SKIPPED_BY_CATCH_UP, AT)));

        List<ReminderFacts> facts = inTransaction(() -> reminders.queries().openAmountsDue(DUE.minusDays(1), DUE,
                Optional.empty(), 100));

        assertThat(facts).extracting(ReminderFacts::invoiceId).containsExactlyInAnyOrder(open.id(), partly.id());
        ReminderFacts ofOpen = facts.stream().filter(fact -> fact.invoiceId().equals(open.id())).findFirst()
                .orElseThrow();
        assertThat(ofOpen).isEqualTo(new ReminderFacts(acme, globex, open.id(), DUE, Money.of("100.00", USD),
                List.of(ReminderStep.days(-3), ReminderStep.days(0))));
        assertThat(facts.stream().filter(fact -> fact.invoiceId().equals(partly.id())).findFirst().orElseThrow()
                .amount()).isEqualTo(Money.of("60.00", USD));
    }

    @Test
    void eachInstallmentStillOwed_isAnAmountOfItsOwn_andOnePaidIsNoLongerAFact() {
        LocalDate firstDue = LocalDate.of(2026, 4, 1);
        Invoice scheduled = stored(InvoiceBuilder.anInvoice(acme, globex).content(Samples.richContent(firstDue))
                .issued("INV-7", ISSUED).build());
        Money deposit = scheduled.content().schedule().installments().get(0).amount();

        List<ReminderFacts> all = inTransaction(() -> reminders.queries().openAmountsDue(firstDue,
                firstDue.plusMonths(3), Optional.empty(), 100));
        assertThat(all).extracting(ReminderFacts::dueDate)
                .containsExactly(firstDue, firstDue.plusMonths(1), firstDue.plusMonths(2));

        inTransaction(() -> stores.invoices().save(scheduled.withPayment(deposit)));
        assertThat(inTransaction(() -> reminders.queries().openAmountsDue(firstDue, firstDue.plusMonths(3),
                Optional.empty(), 100))).extracting(ReminderFacts::dueDate)
                .containsExactly(firstDue.plusMonths(1), firstDue.plusMonths(2));
    }

    @Test
    void pagesAfterACursor_addUpToEveryFactOnce_inCursorOrder_acrossWorkspacesAndClients() {
        ClientId initech = storedClient(acme, "Initech", USD).id();
        ClientId umbrella = storedClient(other, "Umbrella", USD).id();
        for (int i = 0; i < 4; i++) {
            stored(InvoiceBuilder.anInvoice(acme, globex).issued("G-" + i, ISSUED.plusDays(i)).build());
            stored(InvoiceBuilder.anInvoice(acme, initech).issued("I-" + i, ISSUED.plusDays(i)).build());
            stored(InvoiceBuilder.anInvoice(other, umbrella).issued("U-" + i, ISSUED.plusDays(i)).build());
        }
        List<ReminderFacts> whole = inTransaction(() -> reminders.queries().openAmountsDue(DUE, DUE.plusDays(3),
                Optional.empty(), 100));

        List<ReminderFacts> paged = new ArrayList<>();
        Optional<ReminderCursor> after = Optional.empty();
        while (true) {
            Optional<ReminderCursor> from = after;
            List<ReminderFacts> page = inTransaction(() -> reminders.queries().openAmountsDue(DUE, DUE.plusDays(3),
                    from, 5));
            paged.addAll(page);
            if (page.size() < 5) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).cursor());
        }

        assertThat(whole).hasSize(12);
        assertThat(paged).isEqualTo(whole);
        assertThat(whole).extracting(ReminderFacts::cursor).isSorted();
        assertThat(Set.copyOf(whole.stream().map(ReminderFacts::clientId).toList()))
                .containsExactlyInAnyOrder(globex, initech, umbrella);
    }

    private Invoice open() {
        return InvoiceBuilder.anInvoice(acme, globex).id(new InvoiceId(java.util.UUID.randomUUID()))
                .issued("INV-" + java.util.UUID.randomUUID().toString().substring(0, 8), ISSUED).build();
    }

    private ReminderLogEntry entry(Invoice invoice, LocalDate dueDate, int days, ReminderOutcome outcome,
                                   Instant at) {
        return new ReminderLogEntry(invoice.workspaceId(), invoice.clientId(), invoice.id(), dueDate,
                ReminderStep.days(days), outcome, outcome.sent() ? "billing@globex.example" : "", at);
    }
}
