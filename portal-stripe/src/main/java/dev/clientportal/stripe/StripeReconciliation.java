package dev.clientportal.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.StripeCollection;
import com.stripe.param.EventListParams;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.Payments;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Catches up on webhooks that never arrived (an endpoint down longer than Stripe retries, a misconfigured secret):
 * lists a workspace's recent events of the handled types from Stripe, on its connected account when it has one, and
 * applies them, oldest first, by the same path as {@link StripeWebhooks}. Events already applied, by a webhook or an
 * earlier run, are recognised by their id and change nothing, so a host may run it as often as it likes, from any
 * instance. Stripe lists the events of the last 30 days. Thread-safe.
 */
public final class StripeReconciliation {

    /** The event types the portal applies, the ones listed. */
    static final List<String> TYPES = List.of("checkout.session.completed",
            "checkout.session.async_payment_succeeded", "checkout.session.async_payment_failed",
            "payment_intent.succeeded", "payment_intent.processing", "payment_intent.payment_failed",
            "charge.refunded", "charge.dispute.created", "charge.dispute.closed");

    /** Events per page, Stripe's largest. */
    private static final long PAGE = 100;

    private final StripePaymentGateway gateway;
    private final StripeSettings settings;
    private final StripeEventApplier applier;

    StripeReconciliation(StripePaymentGateway gateway, StripeSettings settings, Payments payments) {
        this.gateway = gateway;
        this.settings = settings;
        this.applier = new StripeEventApplier(gateway, settings, payments);
    }

    /**
     * Lists the workspace's events created at or after {@code since} and applies what was missed.
     *
     * @param workspaceId the workspace
     * @param since       the earliest creation time to list, e.g. the start of the last successful run minus a margin
     * @return how many of the workspace's events were listed, accepted (applied now or before), refused, or left for
     *         the next run
     * @throws PortalException {@link ErrorCode#GATEWAY_UNAVAILABLE} when Stripe cannot be reached (nothing listed is
     *         applied then; the next run lists it again)
     */
    public ReconciliationReport run(WorkspaceId workspaceId, Instant since) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(since, "since");
        @Nullable String account = settings.connectedAccounts().of(workspaceId).map(ConnectedAccount::accountId)
                .orElse(null);
        List<Event> events = list(account, since);
        int accepted = 0;
        int others = 0;
        List<String> refused = new ArrayList<>();
        List<String> retry = new ArrayList<>();
        for (Event event : events) {
            WebhookResult result = applier.apply(event, account, workspaceId::equals);
            if (result instanceof WebhookResult.Rejected rejected) {
                refused.add(rejected.reason());
            } else if (result instanceof WebhookResult.RetryLater later) {
                retry.add(later.reason());
            } else if (result instanceof WebhookResult.Accepted done
                    && done.detail().equals(StripeEventApplier.ANOTHER_WORKSPACE)) {
                others++;
            } else {
                accepted++;
            }
        }
        return new ReconciliationReport(events.size() - others, accepted, refused, retry);
    }

    /** Every page of events since the time, oldest first (Stripe lists the newest first). */
    private List<Event> list(@Nullable String account, Instant since) {
        List<Event> events = new ArrayList<>();
        String after = null;
        do {
            EventListParams.Builder params = EventListParams.builder().addAllType(TYPES).setLimit(PAGE)
                    .setCreated(EventListParams.Created.builder().setGte(since.getEpochSecond()).build());
            if (after != null) {
                params.setStartingAfter(after);
            }
            StripeCollection<Event> page;
            try {
                page = gateway.client().v1().events().list(params.build(),
                        StripePaymentGateway.options(Optional.ofNullable(account).map(ConnectedAccount::of), null));
            } catch (StripeException e) {
                throw StripeErrors.translate("list the events since " + since, e);
            }
            List<Event> data = page.getData() == null ? List.of() : page.getData();
            events.addAll(data);
            after = Boolean.TRUE.equals(page.getHasMore()) && !data.isEmpty() ? data.get(data.size() - 1).getId()
                    : null;
        } while (after != null);
        Collections.reverse(events);
        return events;
    }
}
