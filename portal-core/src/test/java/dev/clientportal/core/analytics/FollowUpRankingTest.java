package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** Pending approvals among the follow-up suggestions: when they appear, what they say and where they rank. */
class FollowUpRankingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final ClientId GLOBEX = new ClientId(UUID.randomUUID());

    private final FollowUpRanking ranking = new FollowUpRanking(FollowUpPolicy.DEFAULTS, TODAY, BERLIN);

    @Test
    void anApprovalPendingForTheThresholdInDays_isSuggestedWithWhoItWaitsFor() {
        PendingApprovalFacts pending = approval("Logo", "2026-03-17T10:00:00Z", "Ana Ruiz", "Ben Ode");

        assertThat(ranking.rank(List.of(), List.of(pending))).singleElement().satisfies(followUp -> {
            assertThat(followUp.kind()).isEqualTo(FollowUpKind.APPROVAL_PENDING);
            assertThat(followUp.document()).isEqualTo(pending.document());
            assertThat(followUp.title()).isEqualTo("Logo (version 2)");
            assertThat(followUp.reason()).isEqualTo("Approval pending 3 days; waiting on Ana Ruiz, Ben Ode");
            assertThat(followUp.urgency()).isEqualTo(1503);
            assertThat(followUp.facts()).containsEntry("daysPending", "3").containsEntry("requestedOn", "2026-03-17")
                    .containsEntry("waitingOn", "Ana Ruiz, Ben Ode").containsEntry("versionNumber", "2");
        });
    }

    @Test
    void anApprovalPendingForFewerDays_isNotSuggested_daysCountedInTheWorkspacesZone() {
        // 23:30 UTC on the 17th is already the 18th in Berlin: two days, under the default threshold of three
        PendingApprovalFacts pending = approval("Logo", "2026-03-17T23:30:00Z", "Ana Ruiz");

        assertThat(ranking.rank(List.of(), List.of(pending))).isEmpty();
    }

    @Test
    void pendingApprovalsRankAfterUnopenedInvoicesAndBeforeStalePartialPayments() {
        OpenInvoiceFacts unopened = invoice("INV-1", InvoiceStatus.OPEN, TODAY.minusDays(5), Optional.empty());
        OpenInvoiceFacts stale = invoice("INV-2", InvoiceStatus.PARTIALLY_PAID, TODAY.minusDays(40),
                Optional.of(new DocumentEngagement(new DocumentRef(DocumentType.INVOICE, UUID.randomUUID()), GLOBEX,
                        Instant.parse("2026-02-10T10:00:00Z"), Instant.parse("2026-02-10T10:00:00Z"), 1, 1)));
        PendingApprovalFacts longPending = approval("Logo", "2026-02-28T10:00:00Z", "Ana Ruiz");

        List<FollowUp> ranked = ranking.rank(List.of(stale, unopened), List.of(longPending));

        assertThat(ranked).extracting(FollowUp::kind).containsExactly(FollowUpKind.SENT_NOT_OPENED,
                FollowUpKind.APPROVAL_PENDING, FollowUpKind.PARTIALLY_PAID_STALE);
        assertThat(ranked.get(1).urgency()).isEqualTo(1520);
    }

    /**
     * Two suggestions alike in urgency, amount and title come by document id in UUID order (unsigned: 8000… after
     * 7fff…), whatever order the store returned the facts in.
     */
    @Test
    void suggestionsAlikeInEverythingElse_rankByDocumentIdInUnsignedUuidOrder_whateverTheStoresOrder() {
        PendingApprovalFacts low = approval(UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"));
        PendingApprovalFacts high = approval(UUID.fromString("80000000-0000-7000-8000-000000000000"));

        assertThat(ranking.rank(List.of(), List.of(high, low))).extracting(FollowUp::document)
                .containsExactly(low.document(), high.document());
        assertThat(ranking.rank(List.of(), List.of(low, high))).extracting(FollowUp::document)
                .containsExactly(low.document(), high.document());
    }

    private static PendingApprovalFacts approval(UUID versionId) {
        return new PendingApprovalFacts(new DocumentRef(DocumentType.DELIVERABLE_VERSION, versionId),
                UUID.randomUUID(), "Logo", 2, GLOBEX, "Globex", Instant.parse("2026-02-28T10:00:00Z"), List.of());
    }

    private static PendingApprovalFacts approval(String title, String requestedAt, String... waitingOn) {
        return new PendingApprovalFacts(new DocumentRef(DocumentType.DELIVERABLE_VERSION, UUID.randomUUID()),
                UUID.randomUUID(), title, 2, GLOBEX, "Globex", Instant.parse(requestedAt),
                java.util.Arrays.stream(waitingOn).map(name -> new PendingApprovalFacts.Approver(
                        new ContactId(UUID.randomUUID()), name)).toList());
    }

    private static OpenInvoiceFacts invoice(String number, InvoiceStatus status, LocalDate issued,
                                            Optional<DocumentEngagement> engagement) {
        return new OpenInvoiceFacts(new InvoiceId(UUID.randomUUID()), GLOBEX, "Globex", number, status, issued,
                TODAY.plusDays(10), Money.of("100.00", USD), Optional.empty(), engagement,
                status == InvoiceStatus.PARTIALLY_PAID ? Optional.of(issued.plusDays(1)) : Optional.empty());
    }
}
