package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.testing.Seed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reminder simulations expect, noted as they go (the clients with their owner and zone, the invoices
 * issued, and when reminders had to stop and start again) and checked at the end against the reminder log and the
 * messages sent: every step of every amount still owed sent exactly once or skipped by the catch-up rule, one message
 * per client and day of its calendar, nothing sent while stopped, and steps skipped only beside a later one sent.
 */
final class ReminderExpectations {

    private final Seed seed;
    private final Map<ClientId, StaffPrincipal> ownerOf = new LinkedHashMap<>();
    private final Map<ClientId, ZoneId> zoneOf = new HashMap<>();
    private final List<InvoiceId> issued = new ArrayList<>();
    private final Map<InvoiceId, ClientId> clientOf = new HashMap<>();
    /** When reminders had to stop, and start again ({@code Instant.MAX} while they have not), by what stopped. */
    private final Map<String, List<Instant[]>> stops = new HashMap<>();

    ReminderExpectations(Seed seed) {
        this.seed = seed;
    }

    void client(ClientId clientId, StaffPrincipal owner, ZoneId zone) {
        ownerOf.put(clientId, owner);
        zoneOf.put(clientId, zone);
    }

    List<ClientId> clients() {
        return new ArrayList<>(ownerOf.keySet());
    }

    StaffPrincipal ownerOf(ClientId clientId) {
        return ownerOf.get(clientId);
    }

    ZoneId zoneOf(ClientId clientId) {
        return zoneOf.get(clientId);
    }

    Invoice track(Invoice invoice) {
        issued.add(invoice.id());
        clientOf.put(invoice.id(), invoice.clientId());
        return invoice;
    }

    List<InvoiceId> issued() {
        return issued;
    }

    StaffPrincipal ownerOf(InvoiceId invoiceId) {
        return ownerOf.get(clientOf.get(invoiceId));
    }

    /** Reminders of the invoice stop at {@code at}: paid, credited, voided, paused or disputed. */
    void invoiceStopped(InvoiceId invoiceId, Instant at) {
        stop("invoice " + invoiceId, at);
    }

    /** Reminders of the invoice may go out again from {@code at}: its dispute was resolved. */
    void invoiceResumed(InvoiceId invoiceId, Instant at) {
        List<Instant[]> windows = stops.get("invoice " + invoiceId);
        windows.get(windows.size() - 1)[1] = at;
    }

    boolean invoiceStopped(InvoiceId invoiceId) {
        return stops.containsKey("invoice " + invoiceId);
    }

    /** Whether the invoice or its client was stopped at {@code at}. */
    boolean stoppedAt(InvoiceId invoiceId, Instant at) {
        return within("invoice " + invoiceId, at) || clientStoppedAt(clientOf.get(invoiceId), at);
    }

    /** Whether the client was paused at {@code at}; {@link Instant#MAX} asks whether it was ever paused. */
    boolean clientStoppedAt(ClientId clientId, Instant at) {
        return at.equals(Instant.MAX) ? stops.containsKey("client " + clientId) : within("client " + clientId, at);
    }

    private boolean within(String what, Instant at) {
        return stops.getOrDefault(what, List.of()).stream()
                .anyMatch(window -> !at.isBefore(window[0]) && at.isBefore(window[1]));
    }

    void amountStopped(InvoiceId invoiceId, LocalDate dueDate, Instant at) {
        stop("amount " + invoiceId + " " + dueDate, at);
    }

    void clientStopped(ClientId clientId, Instant at) {
        stop("client " + clientId, at);
    }

    private void stop(String what, Instant at) {
        List<Instant[]> windows = stops.computeIfAbsent(what, key -> new ArrayList<>());
        if (windows.isEmpty() || windows.get(windows.size() - 1)[1] != Instant.MAX) {
            windows.add(new Instant[] {at, Instant.MAX});
        }
    }

    /** The reminder log of every invoice issued, as the business reads it. */
    List<ReminderLogEntry> log(ClientPortal portal) {
        List<ReminderLogEntry> log = new ArrayList<>();
        for (InvoiceId id : issued) {
            log.addAll(portal.automation().reminderLog(ownerOf(id), id));
        }
        return log;
    }

    /**
     * Checks the log and the reminder messages sent: steps logged as sent went out in exactly one message line each,
     * one message per client and day of its calendar, none while stopped, skipped only beside a later step sent at
     * the same time, and every step due two days before {@code end} of an amount still owed and never stopped is
     * logged once. Some steps must have been skipped on one of {@code catchUpDays} (days from {@code start}).
     */
    void assertKept(ClientPortal portal, List<Notification> messages, Instant start, Instant end,
                    Set<Integer> catchUpDays) {
        List<ReminderLogEntry> log = log(portal);
        List<ReminderLogEntry> sent = log.stream().filter(entry -> entry.outcome().sent()).toList();
        List<ReminderLogEntry> skipped = log.stream().filter(entry -> !entry.outcome().sent()).toList();

        assertThat(sent).as(seed + ": the scenario sends reminders").hasSizeGreaterThan(100);
        assertThat(skipped).as(seed + ": the outage makes the catch-up skip steps").isNotEmpty();
        assertThat(messages.stream().mapToLong(message -> message.text().lines()
                .filter(line -> line.startsWith("- Invoice")).count()).sum())
                .as(seed + ": every step logged as sent went out in exactly one message line, none twice")
                .isEqualTo(sent.size());
        Map<String, Set<Instant>> sendsPerClientDay = sent.stream().collect(Collectors.groupingBy(
                entry -> entry.clientId() + " " + LocalDate.ofInstant(entry.at(), zoneOf.get(entry.clientId())),
                Collectors.mapping(ReminderLogEntry::at, Collectors.toSet())));
        assertThat(sendsPerClientDay.values()).as(seed + ": one message per client and day of its calendar")
                .allSatisfy(times -> assertThat(times).hasSize(1));
        assertThat(messages).as(seed + ": exactly one message per client and day with reminders")
                .hasSize(sendsPerClientDay.size());
        assertThat(sent.stream().filter(this::stoppedAt))
                .as(seed + ": nothing while paid, credited, voided, paused or disputed").isEmpty();
        Map<String, ReminderStep> sentStep = sent.stream().collect(Collectors.toMap(
                entry -> entry.invoiceId() + " " + entry.dueDate() + " " + entry.at(), ReminderLogEntry::step,
                (one, other) -> one.compareTo(other) > 0 ? one : other));
        assertThat(skipped.stream().filter(entry -> {
            ReminderStep later = sentStep.get(entry.invoiceId() + " " + entry.dueDate() + " " + entry.at());
            return later == null || later.compareTo(entry.step()) <= 0;
        })).as(seed + ": a step is skipped only beside a later one of its amount sent at the same time").isEmpty();
        assertEveryDueStepOfWhatIsStillOwedIsLogged(portal, log, end);
        assertThat(skipped.stream().map(ReminderLogEntry::at).map(at -> (int) Duration.between(start, at).toDays()))
                .as(seed + ": steps are skipped right after the outage").containsAnyElementsOf(catchUpDays);
    }

    /** Every invoice issued, as it stands, read a client at a time. */
    List<Invoice> issuedInvoices(ClientPortal portal) {
        Set<InvoiceId> tracked = Set.copyOf(issued);
        List<Invoice> invoices = new ArrayList<>();
        for (ClientId client : ownerOf.keySet()) {
            List<Invoice> page = portal.invoicing().list(ownerOf.get(client), InvoiceFilter.forClient(client), 0, 500);
            assertThat(page).as("a client's invoices fit one page").hasSizeLessThan(500);
            page.stream().filter(invoice -> tracked.contains(invoice.id())).forEach(invoices::add);
        }
        return invoices;
    }

    private boolean stoppedAt(ReminderLogEntry entry) {
        for (String what : List.of("invoice " + entry.invoiceId(), "amount " + entry.invoiceId() + " "
                + entry.dueDate(), "client " + entry.clientId())) {
            for (Instant[] window : stops.getOrDefault(what, List.of())) {
                if (!entry.at().isBefore(window[0]) && entry.at().isBefore(window[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every step of every amount still owed at the end, of a client and invoice never stopped, whose send time came
     * two days before the last run or earlier, is in the log exactly once: sent or skipped. A late fee's amount is owed
     * only from when a run charged it: its steps whose time had come by then (its "three days before", say) are due
     * from that moment, not from their send time. They go out (or are skipped beside a later one) with the client's
     * next message, which may be the next day's: a message sent by one instance while another was charging the fee
     * already used the client's day.
     */
    private void assertEveryDueStepOfWhatIsStillOwedIsLogged(ClientPortal portal, List<ReminderLogEntry> log,
                                                             Instant end) {
        Map<String, List<ReminderLogEntry>> byStep = log.stream().collect(Collectors.groupingBy(
                entry -> entry.invoiceId() + " " + entry.dueDate() + " " + entry.step().code()));
        int checked = 0;
        for (Invoice invoice : issuedInvoices(portal)) {
            InvoiceId id = invoice.id();
            ClientId client = invoice.clientId();
            if (invoiceStopped(id) || stops.containsKey("client " + client)) {
                continue;
            }
            Map<LocalDate, Instant> owedFrom = owedFrom(portal, invoice);
            for (DueAmount open : invoice.openAmounts()) {
                for (ReminderStep step : ReminderPolicy.DEFAULT.steps()) {
                    Instant sendsAt = ReminderPolicy.DEFAULT.sendsAt(open.dueDate(), step, zoneOf.get(client));
                    Instant dueFrom = latest(sendsAt, owedFrom.getOrDefault(open.dueDate(), Instant.MIN));
                    if (dueFrom.isBefore(end.minus(Duration.ofDays(2)))) {
                        checked++;
                        assertThat(byStep.get(id + " " + open.dueDate() + " " + step.code()))
                                .as(seed + ": step " + step.code() + " of " + id + " due " + open.dueDate()
                                        + " (sends at " + sendsAt + ")")
                                .hasSize(1);
                    }
                }
            }
        }
        assertThat(checked).as(seed + ": the check covers steps").isGreaterThan(50);
    }

    /**
     * When each amount of the invoice began to be owed, by due date: the earliest time a run charged a late fee in
     * force due that day; absent for a due date the invoice owed from its issue (an installment, or the invoice's own).
     */
    private Map<LocalDate, Instant> owedFrom(ClientPortal portal, Invoice invoice) {
        Set<LocalDate> owedFromIssue = new HashSet<>();
        if (invoice.content().schedule().isEmpty()) {
            owedFromIssue.add(invoice.requireDueDate());
        } else {
            invoice.content().schedule().installments().forEach(part -> owedFromIssue.add(part.dueDate()));
        }
        Map<LocalDate, Instant> from = new HashMap<>();
        for (LateFee fee : portal.automation().lateFees(ownerOf(invoice.id()), invoice.id())) {
            if (fee.removedAt() == null && !owedFromIssue.contains(fee.periodStart())) {
                from.merge(fee.periodStart(), fee.appliedAt(), ReminderExpectations::earliest);
            }
        }
        return from;
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}
