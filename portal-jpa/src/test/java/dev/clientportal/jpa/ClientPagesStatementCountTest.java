package dev.clientportal.jpa;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a client opens costs the same number of statements whether the client has one invoice or 500: the
 * pages are answered by SQL aggregates and pages of rows, never by loading every document.
 */
class ClientPagesStatementCountTest {

    private static final Map<String, Long> CEILINGS = Map.of("dashboard", 2L, "invoices", 3L, "invoice", 7L,
            "payments", 2L, "statement", 11L);
    /** A first opening writes more: the view is the first, so its viewer's row and the first-view event are new. */
    private static final Map<Vendor, Long> FIRST_OPENING = Map.of(Vendor.H2, 19L, Vendor.POSTGRESQL, 16L,
            Vendor.MARIADB, 16L);

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyClientPageTakesAFixedNumberOfStatements_forOneInvoiceOrFiveHundred(Vendor vendor) {
        Map<String, Long> one = statementsPerPage(vendor, 1);
        Map<String, Long> fiveHundred = statementsPerPage(vendor, 500);

        assertThat(fiveHundred).isEqualTo(one);
        // today's counts, as ceilings: the invoice page reads its row, then its open amounts, payments and credit
        // notes in one statement, and its last send; the view-recording pages write the view log, the promotion and
        // the counted view in one transaction (a known duplicate only moves its times: two statements on every
        // database); the statement's movements take one statement per kind, late fees in force included
        assertThat(one).hasSize(CEILINGS.size()).allSatisfy((page, statements) ->
                assertThat(statements).as("statements of the %s page", page).isLessThanOrEqualTo(CEILINGS.get(page)));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anInvoicesFirstOpening_readsItOnce_andWritesTheViewInOneTransaction(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        PortalFixture fixture = PortalFixture.over(JpaPortalStores.create(database.entityManagerFactory()));
        StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        Client globex = fixture.client(owner, "Globex", USD);
        ContactPrincipal client = fixture.signedInAs(owner, fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING));
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

        QueryCountHolder.clear();
        assertThat(fixture.portal.clientViews().invoice(client, invoice.id(), fixture.browser()).invoice().id())
                .isEqualTo(invoice.id());

        // the page's reads (the invoice's row, its children in one statement, the last send), the view written and
        // counted as the first, the first-view event's outbox row; no second read of the invoice for the recording
        assertThat(TestDatabase.statements().getTotal()).as("statements of a first opening")
                .isLessThanOrEqualTo(FIRST_OPENING.get(vendor));
    }

    /** How many statements each client page ran for a client with {@code invoices} issued and half-paid invoices. */
    private static Map<String, Long> statementsPerPage(Vendor vendor, int invoices) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        PortalFixture fixture = PortalFixture.over(JpaPortalStores.create(database.entityManagerFactory()));
        ClientPortal portal = fixture.portal;
        StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        Client globex = fixture.client(owner, "Globex", USD);
        Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING);
        Invoice first = null;
        for (int i = 0; i < invoices; i++) {
            Invoice issued = fixture.issuedInvoice(owner, globex, "100.00");
            first = first == null ? issued : first;
            portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("50.00", USD),
                    PaymentMethod.BANK_TRANSFER, "wire-" + i).allocateTo(issued.id()));
        }
        Invoice shown = first;
        ContactPrincipal client = fixture.signedInAs(owner, ana);
        LocalDate today = LocalDate.of(2026, 3, 31);

        Map<String, Long> statements = new LinkedHashMap<>();
        statements.put("dashboard", count(() -> portal.clientViews().dashboard(client)));
        statements.put("invoices", count(() -> portal.clientViews().invoices(client, InvoiceListQuery.all(20))));
        statements.put("invoice", count(() -> portal.clientViews().invoice(client, shown.id(), fixture.browser())));
        statements.put("payments", count(() -> portal.clientViews().payments(client, 0, 20)));
        statements.put("statement", count(() -> portal.clientViews().statement(client, today.minusMonths(3), today,
                fixture.browser())));
        return statements;
    }

    /**
     * Statements of a page opened again: the first opening's one-off work (a first view) is left out, and of two
     * further openings the fewer counts, since one of them may fetch the next block of pooled view ids (one
     * statement per 50 views).
     */
    private static long count(Supplier<?> page) {
        page.get();
        long fewest = Long.MAX_VALUE;
        for (int opening = 0; opening < 2; opening++) {
            QueryCountHolder.clear();
            page.get();
            fewest = Math.min(fewest, TestDatabase.statements().getTotal());
        }
        return fewest;
    }
}
