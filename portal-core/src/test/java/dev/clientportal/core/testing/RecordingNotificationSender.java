package dev.clientportal.core.testing;

import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.spi.TransactionRunner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link NotificationSender} that keeps what it was given and notes, for each notification, whether a transaction
 * of the stores was still open when it was sent: the portal must send only after commit.
 */
public final class RecordingNotificationSender implements NotificationSender {

    /** One notification as it was sent. */
    public record Sent(Notification notification, boolean insideTransaction) {
    }

    private final TransactionRunner transactions;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    private RecordingNotificationSender(TransactionRunner transactions) {
        this.transactions = transactions;
    }

    /** A sender that checks for open transactions of these runner's stores. */
    public static RecordingNotificationSender watching(TransactionRunner transactions) {
        return new RecordingNotificationSender(transactions);
    }

    @Override
    public void send(Notification notification) {
        sent.add(new Sent(notification, transactions.isTransactionOpen()));
    }

    /** Every notification sent so far, in order. */
    public List<Notification> notifications() {
        return sent.stream().map(Sent::notification).toList();
    }

    /** Every send so far, with whether a transaction was open at the time. */
    public List<Sent> sends() {
        return List.copyOf(sent);
    }

    /** The notifications of one kind. */
    public List<Notification> ofKind(Notification.Kind kind) {
        return notifications().stream().filter(notification -> notification.kind() == kind).toList();
    }
}
