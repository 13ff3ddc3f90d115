package dev.clientportal.jpa;

import com.zaxxer.hikari.HikariDataSource;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceIssued;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.testing.PortalFixture;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host whose pool has one connection per thread: no store call may need a second connection while its
 * transaction holds the first (it would wait for the pool to time out). The stores find out which database they
 * talk to when they are created, so even the first claim of the outbox relay after the first commit runs on the
 * thread's one connection, and a store's own transaction (a view recorded) asks no second connection for the dialect.
 */
class OneConnectionPerThreadTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theFirstUnitsOfWorkAndTheirAfterCommitDelivery_runOnOneConnection(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        try (HikariDataSource oneConnection = database.newPool(1)) {
            EntityManagerFactory factory = TestPersistenceUnit.entityManagerFactory(
                    "one-connection-" + vendor, oneConnection);
            try {
                PortalFixture fixture = PortalFixture.over(JpaPortalStores.create(factory));
                StaffPrincipal owner = fixture.workspace("Acme Design", CurrencyUnit.USD);
                Client client = fixture.client(owner, "Globex");

                Invoice issued = fixture.issuedInvoice(owner, client, "1200.00");

                assertThat(fixture.eventsOf(InvoiceIssued.class)).as("delivered right after the commit")
                        .singleElement().satisfies(event -> assertThat(event.invoiceId()).isEqualTo(issued.id()));
            } finally {
                factory.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aStoresOwnTransaction_findsTheDialectWithoutASecondConnection(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        try (HikariDataSource oneConnection = database.newPool(1)) {
            EntityManagerFactory factory = TestPersistenceUnit.entityManagerFactory(
                    "one-connection-own-" + vendor, oneConnection);
            try {
                JpaPortalStores.create(factory);
                OwnTransactions own = new OwnTransactions(factory);

                SqlDialect dialect = own.write("find the dialect while holding the connection", entityManager -> {
                    entityManager.createNativeQuery("select 1").getSingleResult();
                    return own.dialect();
                });

                assertThat(dialect.name()).isEqualTo(vendor.name());
            } finally {
                factory.close();
            }
        }
    }
}
