package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/**
 * One gateway event as kept in the {@link GatewayEventInbox}: the event and what applying it did so far.
 *
 * @param event      the event as received
 * @param outcome    what it did; PARKED until its payment arrives
 * @param receivedAt when the portal first received it
 * @param version    optimistic-locking version, 0 before the first save
 */
public record GatewayEventEntry(GatewayEvent event, GatewayEventOutcome outcome, Instant receivedAt, long version) {

    /**
     * Requires every field.
     *
     * @param event      the event as received
     * @param outcome    what it did; PARKED until its payment arrives
     * @param receivedAt when the portal first received it
     * @param version    optimistic-locking version, 0 before the first save
     */
    public GatewayEventEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * The business: {@code event.workspaceId()}.
     *
     * @return the business: {@code event.workspaceId()}
     */
    public WorkspaceId workspaceId() {
        return event.workspaceId();
    }

    /**
     * The gateway: {@code event.gateway()}.
     *
     * @return the gateway: {@code event.gateway()}
     */
    public String gateway() {
        return event.gateway();
    }

    /**
     * The event id: {@code event.eventId()}.
     *
     * @return the event id: {@code event.eventId()}
     */
    public String eventId() {
        return event.eventId();
    }

    /**
     * Whether it waits for its payment.
     *
     * @return whether it waits for its payment
     */
    public boolean isParked() {
        return outcome.status() == GatewayEventOutcome.Status.PARKED;
    }

    /**
     * This entry with a new outcome, e.g. a parked event once applied.
     *
     * @param newOutcome what applying the event did
     * @return this entry with a new outcome, e.g. a parked event once applied
     */
    public GatewayEventEntry withOutcome(GatewayEventOutcome newOutcome) {
        return new GatewayEventEntry(event, newOutcome, receivedAt, version);
    }

    /**
     * This entry as stored with the given version; used by stores after a save.
     *
     * @param newVersion the version the store assigned
     * @return this entry as stored with the given version
     */
    public GatewayEventEntry withVersion(long newVersion) {
        return new GatewayEventEntry(event, outcome, receivedAt, newVersion);
    }
}
