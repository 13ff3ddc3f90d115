package dev.clientportal.core.notices;

import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.Notifier;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How use cases send notifications: a {@link NotificationDraft} is rendered after the commit with the template its
 * workspace and language choose, handed to the sender, and recorded in the sent log once the sender accepted it.
 * {@code ClientPortal} builds one.
 */
@Internal
public final class Notices {

    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

    private final Notifier notifier;
    private final TemplateCatalog catalog;
    private final Optional<SentLog> sentLog;
    private final OnceClaims claims;
    private final PortalRuntime runtime;

    private Notices(Notifier notifier, TemplateCatalog catalog, Optional<SentLog> sentLog, OnceClaims claims,
                    PortalRuntime runtime) {
        this.notifier = notifier;
        this.catalog = catalog;
        this.sentLog = sentLog;
        this.claims = claims;
        this.runtime = runtime;
    }

    /**
     * Notices over a notifier, the stores' templates and sent log (when they keep them) and a claim on once-only
     * notices.
     *
     * @param notifier what delivers after commit
     * @param stores   the templates and sent log, empty when the stores keep none
     * @param claims   the claim on once-only notices
     * @param runtime  transactions, clock and ids
     * @return the notices
     */
    public static Notices of(Notifier notifier, Optional<NotificationStores> stores, OnceClaims claims,
                             PortalRuntime runtime) {
        PortalException.requireField(stores, "stores");
        return new Notices(PortalException.requireField(notifier, "notifier"),
                TemplateCatalog.of(stores.map(NotificationStores::templates)), stores.map(NotificationStores::sentLog),
                PortalException.requireField(claims, "claims"), PortalException.requireField(runtime, "runtime"));
    }

    /**
     * Whether notifications go anywhere; without a sender, use cases need not compose them.
     *
     * @return whether a sender is configured
     */
    public boolean sends() {
        return notifier.sends();
    }

    /**
     * The sign-in page with the link's token as its {@code token} query parameter.
     *
     * @param token the sign-in link's secret
     * @return the link to send
     */
    public URI signInUrl(String token) {
        return notifier.signInUrl(token);
    }

    /**
     * Composes, renders and sends a message after the open transaction commits (at once when none is open), then
     * records it in the sent log. Failures to compose, send or record are logged; the decision stands.
     *
     * @param compose writes the message, called after commit
     */
    public void sendAfterCommit(Supplier<NotificationDraft> compose) {
        sendAllAfterCommit(List.of(PortalException.requireField(compose, "compose")));
    }

    /**
     * Composes, renders and sends many messages after the open transaction commits (at once when none is open), as
     * {@link #sendAfterCommit} does each, but with one read of the templates and one write to the sent log for all of
     * them. A message that cannot be composed, or that the sender refuses, is logged and left out; the others go.
     *
     * @param composers each writes one message, called after commit
     */
    public void sendAllAfterCommit(List<Supplier<NotificationDraft>> composers) {
        sendAll(composers, this::recordAll);
    }

    /**
     * Sends many messages after the open transaction commits, as {@link #sendAllAfterCommit(List)} does, but holds
     * their sent-log records in {@code held} instead of writing them in a transaction of their own: a caller that
     * sends batch after batch writes them with its next unit of work by {@link #writeHeld}, one commit fewer a batch.
     *
     * @param composers each writes one message, called after commit
     * @param held      where the records of the messages the sender accepted wait to be written
     */
    public void sendAllAfterCommit(List<Supplier<NotificationDraft>> composers, HeldRecords held) {
        PortalException.requireField(held, "held");
        sendAll(composers, sent -> held.waiting.addAll(sent.stream().map(this::entry).toList()));
    }

    /**
     * Writes the sent-log records waiting in {@code held} in the open transaction (in one of its own when none is
     * open). They leave {@code held} once it commits, so after a rollback they wait for the next call.
     *
     * @param held the records waiting to be written
     */
    public void writeHeld(HeldRecords held) {
        PortalException.requireField(held, "held");
        List<SentNotification> entries = List.copyOf(held.waiting);
        if (entries.isEmpty() || sentLog.isEmpty()) {
            held.waiting.clear();
        } else if (!runtime.transactionOpen()) {
            recordHeld(held);
        } else {
            sentLog.get().appendAll(entries);
            runtime.afterCommit(() -> held.waiting.removeAll(entries));
        }
    }

    /**
     * Writes the sent-log records waiting in {@code held} in a transaction of their own, as
     * {@link #sendAllAfterCommit(List)} writes its records: a failure is logged and the records are dropped, the
     * messages having gone.
     *
     * @param held the records waiting to be written; empty afterwards
     */
    public void recordHeld(HeldRecords held) {
        PortalException.requireField(held, "held");
        List<SentNotification> entries = List.copyOf(held.waiting);
        held.waiting.clear();
        if (entries.isEmpty() || sentLog.isEmpty()) {
            return;
        }
        try {
            runtime.run(events -> sentLog.get().appendAll(entries));
        } catch (RuntimeException e) {
            LOG.warn("{} notifications sent but not recorded ({})", entries.size(), e.toString());
        }
    }

    private void sendAll(List<Supplier<NotificationDraft>> composers, Consumer<List<Written>> record) {
        List<Supplier<NotificationDraft>> all = List.copyOf(PortalException.requireField(composers, "composers"));
        if (all.isEmpty()) {
            return;
        }
        Map<Notification, Written> written = new IdentityHashMap<>();
        notifier.sendAllAfterCommit(() -> {
            List<NotificationDraft> drafts = new ArrayList<>(all.size());
            for (Supplier<NotificationDraft> compose : all) {
                try {
                    drafts.add(compose.get());
                } catch (RuntimeException e) {
                    LOG.warn("notification not sent: it could not be composed ({})", e.getMessage());
                }
            }
            List<TemplateCatalog.Rendered> rendered = runtime.read(() -> catalog.renderAll(drafts));
            List<Notification> notifications = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                Notification notification = rendered.get(i).notification();
                written.put(notification, new Written(drafts.get(i), rendered.get(i)));
                notifications.add(notification);
            }
            return notifications;
        }, sent -> record.accept(sent.stream().map(written::get).toList()));
    }

    /**
     * Sends a message only once ever for its key in the workspace, whichever instance asks first: the key is claimed
     * in the database (a unique key) before the message is queued; a later or concurrent call finds it taken.
     *
     * @param workspaceId the workspace that sends it
     * @param key         the notice's natural key
     * @param compose     writes the message, called after commit
     * @return whether this call claimed the key and queued the message
     */
    public boolean sendOnce(WorkspaceId workspaceId, String key, Supplier<NotificationDraft> compose) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireText(key, "key");
        if (!sends()) {
            return false;
        }
        Instant now = runtime.clock().instant();
        boolean claimed = runtime.execute(events -> claims.claimOnce(workspaceId, key, now));
        if (claimed) {
            sendAfterCommit(compose);
        }
        return claimed;
    }

    private void recordAll(List<Written> sent) {
        sentLog.ifPresent(log -> runtime.run(events -> log.appendAll(sent.stream().map(this::entry).toList())));
    }

    private SentNotification entry(Written written) {
        NotificationDraft message = written.draft();
        TemplateCatalog.Rendered rendered = written.rendered();
        return new SentNotification(runtime.ids().next(), message.workspaceId(), message.kind(), message.recipient(),
                message.clientId(), message.contactId(), message.about(), message.step(), rendered.language(),
                rendered.notification().subject(), runtime.clock().instant());
    }

    /**
     * Sent-log records of messages the sender accepted, waiting to be written by {@link #writeHeld}; one sender's,
     * on one thread.
     */
    public static final class HeldRecords {

        private final List<SentNotification> waiting = new ArrayList<>();

        /** Holds nothing yet. */
        public HeldRecords() {
        }
    }

    /** A message as composed and as rendered. */
    private record Written(NotificationDraft draft, TemplateCatalog.Rendered rendered) {
    }

    /** A claim on a notice that must go out once ever: the first claim of a key wins, on every instance. */
    @FunctionalInterface
    public interface OnceClaims {

        /**
         * Claims a key for good.
         *
         * @param workspaceId the workspace
         * @param key         the notice's natural key, e.g. {@code notice:viewed:INVOICE:…}
         * @param now         the current instant
         * @return whether this call claimed it (no call before it did)
         */
        boolean claimOnce(WorkspaceId workspaceId, String key, Instant now);
    }
}
