package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.kernel.PortalException;

import java.util.List;
import java.util.Optional;

/**
 * One page of the sent log, newest first.
 *
 * @param entries the entries of the page, newest first
 * @param next    where the next page starts; empty on the last page
 */
public record SentPage(List<SentNotification> entries, Optional<SentCursor> next) {

    /**
     * Requires both parts.
     *
     * @param entries the entries of the page, newest first
     * @param next    where the next page starts; empty on the last page
     */
    public SentPage {
        entries = List.copyOf(PortalException.requireField(entries, "page.entries"));
        PortalException.requireField(next, "page.next");
    }
}
