package dev.clientportal.examples.micronauthost;

import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * What a signed-in client's invoice costs the database through the JSON API on H2, counted by Hibernate's statistics
 * (every prepared statement, native queries included, and every transaction), the session check included. The
 * ceilings are today's counts for an invoice opened again, as wrk opens it (the workspace's time zone is remembered,
 * so no workspace is read): the session check, then one read-only transaction with the invoice's row, its children
 * (open amounts, payments, credit notes) in one statement and its last send. The view (this client's agent is no
 * browser's, so it is logged and not counted) joins the host's batched view log and costs the request nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
@Property(name = "jpa.default.properties.hibernate.generate_statistics", value = "true")
class ClientApiStatementsTest extends HostOverHttp {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void anInvoiceOpenedAgain_readsItsFactsAndLastSendInOneTransaction_andQueuesTheView() {
        String ana = signIn(DemoWorkspace.ANA);
        PageJson<InvoiceRowJson> invoices = get("/api/portal/invoices?limit=1", ana,
                Argument.of(PageJson.class, InvoiceRowJson.class));
        String path = "/api/portal/invoices/" + invoices.items().get(0).id();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("hibernate.generate_statistics").isTrue();
        get(path, ana, Argument.of(InvoiceJson.class));

        // of three further openings the cheapest counts: one may fetch the next block of pooled ids
        long statements = Long.MAX_VALUE;
        long transactions = Long.MAX_VALUE;
        for (int opening = 0; opening < 3; opening++) {
            statistics.clear();
            InvoiceJson detail = get(path, ana, Argument.of(InvoiceJson.class));
            assertThat(detail.summary().id()).isEqualTo(invoices.items().get(0).id());
            if (statistics.getPrepareStatementCount() < statements) {
                statements = statistics.getPrepareStatementCount();
                transactions = statistics.getTransactionCount();
            }
        }

        long cheapestStatements = statements;
        long itsTransactions = transactions;
        assertSoftly(softly -> {
            softly.assertThat(cheapestStatements).as("statements of an invoice").isLessThanOrEqualTo(4);
            softly.assertThat(itsTransactions).as("transactions of an invoice").isLessThanOrEqualTo(2);
        });
    }
}
