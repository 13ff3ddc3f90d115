package dev.clientportal.core.exports;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invoice export looks each client's name up once, not once per row: a million invoices of 100,000 clients cost
 * 100,000 look-ups (what keeps the export near the database's own speed), and the names are still every row's.
 */
class ExportClientNamesTest {

    private static final CurrencyUnit USD = CurrencyUnit.USD;

    @Test
    void eachClientIsLookedUpOncePerExport_acrossPages_andEveryRowCarriesItsClientsName() {
        List<Set<ClientId>> lookups = new CopyOnWriteArrayList<>();
        PortalStores memory = InMemoryStores.create();
        ExportQueries kept = memory.exports().orElseThrow();
        ExportQueries counted = (ExportQueries) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ExportQueries.class}, (proxy, method, args) -> {
                    if (method.getName().equals("clientNames")) {
                        @SuppressWarnings("unchecked")
                        Set<ClientId> asked = (Set<ClientId>) args[1];
                        lookups.add(Set.copyOf(asked));
                    }
                    return invoke(method, kept, args);
                });
        PortalStores stores = (PortalStores) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PortalStores.class}, (proxy, method, args) -> method.getName().equals("exports")
                        ? Optional.of(counted) : invoke(method, memory, args));
        PortalFixture fixture = PortalFixture.over(stores);
        LocalDate today = LocalDate.of(2026, 3, 2);
        fixture.moveTo(today);
        StaffPrincipal owner = fixture.workspace("Acme", USD);
        List<Client> clients = List.of(fixture.client(owner, "Globex"), fixture.client(owner, "Hooli"),
                fixture.client(owner, "Initech"));
        for (int n = 0; n < 9; n++) {
            fixture.issuedInvoice(owner, clients.get(n % 3), "100.00");
        }

        List<InvoiceExportRow> rows = new ArrayList<>();
        ExportSummary summary = fixture.portal.exports().invoices(owner,
                ExportFilter.period(today.minusDays(1), today.plusDays(1)).pageSize(2), rows::add);

        assertThat(summary.rows()).isEqualTo(9);
        assertThat(summary.pages()).isEqualTo(5);
        assertThat(lookups.stream().mapToInt(Set::size).sum()).as("client ids looked up").isEqualTo(3);
        assertThat(lookups.stream().flatMap(Set::stream)).containsExactlyInAnyOrderElementsOf(
                clients.stream().map(Client::id).toList());
        for (InvoiceExportRow row : rows) {
            Client client = clients.stream().filter(candidate -> candidate.id().equals(row.clientId())).findFirst()
                    .orElseThrow();
            assertThat(row.clientName()).isEqualTo(client.name());
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
