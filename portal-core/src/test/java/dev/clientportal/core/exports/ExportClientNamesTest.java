package dev.clientportal.core.exports;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
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
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invoice export asks the store once, whatever the page size: the client's name comes with each invoice from the
 * one streamed statement, never from a look-up per row or per page (a million invoices of 100,000 clients would
 * otherwise cost a statement in the middle of the stream, which a MariaDB connection answers by buffering the rest).
 */
class ExportClientNamesTest {

    private static final CurrencyUnit USD = CurrencyUnit.USD;

    @Test
    void theStoreIsAskedOncePerExport_acrossPages_andEveryRowCarriesItsClientsName() {
        List<String> asked = new CopyOnWriteArrayList<>();
        PortalStores memory = InMemoryStores.create();
        ExportQueries kept = memory.exports().orElseThrow();
        ExportQueries counted = (ExportQueries) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ExportQueries.class}, (proxy, method, args) -> {
                    asked.add(method.getName() + (args.length > 3 ? " fetching " + args[3] : ""));
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
        assertThat(asked).containsExactly("invoices fetching 2");
        assertThat(rows).extracting(InvoiceExportRow::clientName).containsOnly("Globex", "Hooli", "Initech");
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
