package dev.clientportal.core.clientview;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.clientview.DashboardFacts.MovementSum;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.receivables.Movement;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.receivables.StatementLine.Kind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The dashboard facts asked of each port in turn: the reference answer, and what the in-memory stores give. */
final class ComposedDashboardQueries implements DashboardQueries {

    private final PortalViewQueries views;
    private final ReceivablesQueries receivables;
    private final ClientRepository clients;
    private final ContactRepository contacts;

    ComposedDashboardQueries(PortalViewQueries views, ReceivablesQueries receivables, ClientRepository clients,
                             ContactRepository contacts) {
        this.views = views;
        this.receivables = receivables;
        this.clients = clients;
        this.contacts = contacts;
    }

    @Override
    public DashboardFacts dashboardFacts(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact,
                                         String viewerKey, LocalDate today, int openInvoices, int recentPayments) {
        List<OpenInvoiceTotals> totals = views.openTotals(workspaceId, clientId, today);
        Map<CurrencyUnit, Money> credit = clients.find(workspaceId, clientId).map(Client::creditBalances)
                .orElse(Map.of());
        Set<CurrencyUnit> currencies = new LinkedHashSet<>();
        totals.forEach(total -> currencies.add(total.amountDue().currency()));
        currencies.addAll(credit.keySet());
        List<MovementSum> sums = new ArrayList<>();
        for (CurrencyUnit currency : currencies) {
            sums.addAll(sumPerKind(currency,
                    receivables.movements(workspaceId, Optional.of(clientId), currency, today)));
        }
        Set<Role> roles = contact.flatMap(id -> contacts.find(workspaceId, id))
                .filter(found -> found.clientId().equals(clientId)).map(Contact::roles).orElse(Set.of());
        return new DashboardFacts(views.openInvoices(workspaceId, clientId, openInvoices),
                views.payments(workspaceId, clientId, 0, recentPayments).items(), totals, credit, sums, roles,
                views.approvalsAwaiting(workspaceId, clientId, contact),
                views.signaturesAwaiting(workspaceId, clientId, contact),
                views.quotesAwaiting(workspaceId, clientId, today),
                views.unreadMessages(workspaceId, clientId, viewerKey));
    }

    private static List<MovementSum> sumPerKind(CurrencyUnit currency, List<Movement> movements) {
        Map<Kind, MovementSum> sums = new EnumMap<>(Kind.class);
        for (Movement movement : movements) {
            sums.merge(movement.kind(), new MovementSum(movement.kind(), movement.amount(), movement.creditedBefore()),
                    (sum, more) -> new MovementSum(sum.kind(), sum.amount().plus(more.amount()),
                            sum.creditedBefore().plus(more.creditedBefore())));
        }
        return List.copyOf(sums.values());
    }
}
