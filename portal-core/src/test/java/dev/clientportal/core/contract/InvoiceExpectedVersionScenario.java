package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceIssued;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.InvoiceVoided;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.ReadGate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuing and voiding an invoice at the version the caller read ({@code issue}/{@code voidInvoice} with an expected
 * version, what a host's {@code If-Match} maps to): the check and the write are one unit of work, so a stale version
 * is refused with {@link ErrorCode#CONCURRENT_MODIFICATION} and nothing is written (no number, no audit entry, no
 * event), and of two callers that read the same version at once only one writes. A scenario over any
 * {@link PortalStores}; an adapter runs it by extending it and implementing {@link #newStores()}.
 */
public abstract class InvoiceExpectedVersionScenario {

    private static final int RACES = 5;

    private final ReadGate gate = ReadGate.on(newStores(), "invoices", "find");
    private final PortalFixture fixture = PortalFixture.over(gate.stores());
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    /**
     * Whether two transactions of these stores can be open at once, as on every database. Then racers first all read
     * the invoice before any writes (a {@link ReadGate}); stores that serialize transactions answer {@code false}
     * and race unforced.
     */
    protected boolean interleavesTransactions() {
        return true;
    }

    @Test
    void issuingAtTheVersionRead_issuesTheDraft() {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        Invoice draft = invoicing.createDraft(owner, draft("900.00"));

        Invoice issued = invoicing.issue(owner, draft.id(), draft.version());

        assertThat(issued.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(issued.number()).isEqualTo("INV-2026-00001");
        assertThat(issued.version()).isGreaterThan(draft.version());
    }

    @Test
    void issuingAStaleVersion_isRefused_andWritesNothing() {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        Invoice read = invoicing.createDraft(owner, draft("900.00"));
        Invoice changed = invoicing.updateDraft(owner, read.id(), draft("950.00"));
        int audited = audited(read);
        int events = fixture.events.size();

        assertRejected(() -> invoicing.issue(owner, read.id(), read.version()), ErrorCode.CONCURRENT_MODIFICATION)
                .hasMessageContaining("version " + changed.version())
                .hasMessageContaining("not " + read.version());

        Invoice after = invoicing.get(owner, read.id());
        assertThat(after.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(after.version()).isEqualTo(changed.version());
        assertThat(audited(read)).isEqualTo(audited);
        assertThat(fixture.events).hasSize(events);
        assertThat(invoicing.issue(owner, read.id(), changed.version()).number())
                .as("the refused issue took no number").isEqualTo("INV-2026-00001");
    }

    @Test
    void voidingAStaleVersion_isRefused_andWritesNothing() {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        Invoice draft = invoicing.createDraft(owner, draft("900.00"));
        Invoice issued = invoicing.issue(owner, draft.id());
        int audited = audited(issued);
        int events = fixture.events.size();

        assertRejected(() -> invoicing.voidInvoice(owner, draft.id(), draft.version(), "Sent twice"),
                ErrorCode.CONCURRENT_MODIFICATION).hasMessageContaining("not " + draft.version());

        Invoice after = invoicing.get(owner, issued.id());
        assertThat(after.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(after.version()).isEqualTo(issued.version());
        assertThat(audited(issued)).isEqualTo(audited);
        assertThat(fixture.events).hasSize(events);
        assertThat(invoicing.voidInvoice(owner, issued.id(), issued.version(), "Sent twice").status())
                .isEqualTo(InvoiceStatus.VOID);
    }

    @Test
    void twoVoidsOfTheVersionReadAtOnce_oneVoids_theOtherIsRefusedAsStale() {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        for (int race = 0; race < RACES; race++) {
            Invoice issued = fixture.issuedInvoice(owner, globex, "100.00");
            if (interleavesTransactions()) {
                gate.arm(2);
            }

            List<Race.Outcome<Invoice>> outcomes = Race.run(
                    () -> invoicing.voidInvoice(owner, issued.id(), issued.version(), "Sent twice"),
                    () -> invoicing.voidInvoice(owner, issued.id(), issued.version(), "Wrong client"));

            assertThat(outcomes).as("race %d", race).filteredOn(Race.Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).singleElement()
                    .satisfies(lost -> assertThat(((PortalException) lost.failure()).errorCode())
                            .isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
            assertThat(invoicing.get(owner, issued.id()).status()).isEqualTo(InvoiceStatus.VOID);
            assertThat(fixture.eventsOf(InvoiceVoided.class))
                    .filteredOn(event -> event.invoiceId().equals(issued.id())).hasSize(1);
        }
        assertThat(fixture.eventsOf(InvoiceIssued.class)).hasSize(RACES);
    }

    private int audited(Invoice invoice) {
        return fixture.portal.audit().forSubject(owner, "invoice", invoice.id().toString()).size();
    }

    private DraftInvoice draft(String amount) {
        return DraftInvoice.forClient(globex.id()).line("Design", "1", "job", Money.of(amount, USD));
    }
}
