package dev.clientportal.core.messaging;

/**
 * A thread as listed for one participant.
 *
 * @param thread the thread
 * @param unread messages by others the participant has not read
 */
public record ThreadSummary(MessageThread thread, int unread) {
}
