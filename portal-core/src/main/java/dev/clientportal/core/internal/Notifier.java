package dev.clientportal.core.internal;

import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How use cases send notifications: queued on the open transaction and handed to the {@link NotificationSender}
 * once it has committed — a rolled-back decision sends nothing, and a slow mailer never holds a transaction open.
 * Also makes the sign-in URLs that invitations and sign-in notifications carry. {@code ClientPortal} builds one.
 */
@Internal
public final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final NotificationSender sender;
    private final TransactionRunner transactions;
    private final Optional<URI> signInPage;

    private Notifier(NotificationSender sender, TransactionRunner transactions, Optional<URI> signInPage) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.signInPage = Objects.requireNonNull(signInPage, "signInPage");
    }

    /**
     * A notifier sending through {@code sender}; sign-in links point at {@code signInPage}, the host's page that
     * calls {@code Access.signIn} with the {@code token} query parameter.
     *
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a sign-in page that is not an absolute http(s)
     *         URL without a fragment
     */
    public static Notifier using(NotificationSender sender, TransactionRunner transactions,
                                 @Nullable URI signInPage) {
        URI page = PortalException.requireField(signInPage, "signInPage");
        requireValidPage(page);
        return new Notifier(sender, transactions, Optional.of(page));
    }

    /** A notifier that sends nothing: the host emails the links the portal returns itself. */
    public static Notifier none(TransactionRunner transactions) {
        return new Notifier(NotificationSender.none(), transactions, Optional.empty());
    }

    /**
     * Composes and sends a notification after the open transaction commits, or at once when none is open. Composing
     * late means a notification that cannot be made (a recipient address a mailer would misread) never fails the
     * decision it reports; such failures and a failing sender are logged, never with the bodies.
     */
    public void sendAfterCommit(Supplier<Notification> compose) {
        sendAfterCommit(compose, sent -> { });
    }

    /**
     * As {@link #sendAfterCommit(Supplier)}, then tells {@code onSent} once the sender accepted the notification
     * (to record it); a failing {@code onSent} is logged.
     */
    public void sendAfterCommit(Supplier<Notification> compose, Consumer<Notification> onSent) {
        PortalException.requireField(compose, "compose");
        PortalException.requireField(onSent, "onSent");
        if (transactions.isTransactionOpen()) {
            transactions.afterCommit(() -> deliver(compose, onSent));
        } else {
            deliver(compose, onSent);
        }
    }

    /**
     * Sends many notifications after the open transaction commits (at once when none is open): composes them all in
     * one call, hands each to the sender, then tells {@code onSent} once which ones the sender accepted, in their
     * order. A notification the sender refuses is logged and left out; the others still go.
     */
    public void sendAllAfterCommit(Supplier<List<Notification>> composeAll, Consumer<List<Notification>> onSent) {
        PortalException.requireField(composeAll, "composeAll");
        PortalException.requireField(onSent, "onSent");
        if (transactions.isTransactionOpen()) {
            transactions.afterCommit(() -> deliverAll(composeAll, onSent));
        } else {
            deliverAll(composeAll, onSent);
        }
    }

    /** Whether notifications go anywhere; without a sender, use cases need not compose them. */
    public boolean sends() {
        return signInPage.isPresent();
    }

    /** The sign-in page with the link's token as its {@code token} query parameter. */
    public URI signInUrl(String token) {
        URI page = signInPage.orElseThrow();
        String separator = page.getRawQuery() == null ? "?" : "&";
        return URI.create(page + separator + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private void deliver(Supplier<Notification> compose, Consumer<Notification> onSent) {
        Notification notification;
        try {
            notification = compose.get();
        } catch (RuntimeException e) {
            LOG.warn("notification not sent: it could not be composed ({})", e.getMessage());
            return;
        }
        try {
            sender.send(notification);
        } catch (RuntimeException e) {
            LOG.warn("notification sender failed for {}", notification, e);
            return;
        }
        try {
            onSent.accept(notification);
        } catch (RuntimeException e) {
            LOG.warn("notification sent but not recorded: {} ({})", notification, e.toString());
        }
    }

    private void deliverAll(Supplier<List<Notification>> composeAll, Consumer<List<Notification>> onSent) {
        List<Notification> notifications;
        try {
            notifications = composeAll.get();
        } catch (RuntimeException e) {
            LOG.warn("notifications not sent: they could not be composed ({})", e.getMessage());
            return;
        }
        List<Notification> sent = new ArrayList<>(notifications.size());
        for (Notification notification : notifications) {
            try {
                sender.send(notification);
                sent.add(notification);
            } catch (RuntimeException e) {
                LOG.warn("notification sender failed for {}", notification, e);
            }
        }
        if (sent.isEmpty()) {
            return;
        }
        try {
            onSent.accept(sent);
        } catch (RuntimeException e) {
            LOG.warn("{} notifications sent but not recorded ({})", sent.size(), e.toString());
        }
    }

    private static void requireValidPage(URI page) {
        boolean web = "https".equalsIgnoreCase(page.getScheme()) || "http".equalsIgnoreCase(page.getScheme());
        if (!page.isAbsolute() || !web || page.getHost() == null || page.getRawFragment() != null) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "signInPage", page,
                    "must be an absolute http(s) URL without a fragment, e.g. https://portal.example/sign-in");
        }
    }
}
