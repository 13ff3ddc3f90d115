package dev.clientportal.core.project;

import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.notices.NotificationDraft;
import dev.clientportal.core.notices.Part;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Batches new staff updates into one digest per contact, at most one an hour, in the language of the contact's client.
 *
 * <p>The rules:
 * <ul>
 *   <li>A digest lists the client's staff updates ({@link FeedEntryKind#UPDATE}, not superseded) that are newer than
 *       both the contact's read mark and the newest update of the contact's last digest. The portal's own notes
 *       (invoice issued, invoice paid) are left out: the client hears of those by the invoice and receipt
 *       notifications already, and a digest is for what people at the business wrote. A superseded update is left
 *       out too; its successor is a new update and comes in a digest of its own once.</li>
 *   <li>Each update goes to a contact in at most one digest: the digest mark moves to the newest update listed, and
 *       the next digest lists only what is newer. A contact without anything new gets nothing.</li>
 *   <li>Never two digests to one contact within {@link #MIN_INTERVAL}: a contact whose last digest is younger is
 *       held back, and a later run sends it everything new by then. The claim is a compare-and-set of the contact's
 *       {@link FeedDigestMark} in the store ({@link FeedDigestLog#advance}), in the transaction that decides the
 *       digest, so of two runs racing on one or two instances exactly one sends; the message goes after commit.</li>
 *   <li>Only active contacts of active (not archived) clients who were invited to the portal and not revoked get
 *       digests: a digest sends them to the portal, which a removed, revoked or never invited contact cannot open.
 *       Contacts have no notification preferences of their own yet, so there is no opt-out to respect beyond
 *       these.</li>
 *   <li>Language and wording as every notification: the {@link Notification.Kind#FEED_DIGEST} template of the
 *       workspace (its own if it set one, else the built-in) in the client's document language, falling back to the
 *       workspace's language and then English.</li>
 *   <li>Updates younger than {@link #SETTLE} wait for a later run, so that one posted in a transaction still open
 *       while the run reads (and committed with an older time than what the run saw) is not passed over by the
 *       digest mark. Updates older than {@link #LOOKBACK} are no longer news and are never digested.</li>
 * </ul>
 * Delivery is at most once, as for every notification: a digest the sender fails to deliver is not sent again.
 */
final class FeedDigests {

    /** The least time between two digests to one contact. */
    static final Duration MIN_INTERVAL = Duration.ofHours(1);
    /** How long an update waits before a digest may list it, for transactions still open to commit. */
    static final Duration SETTLE = Duration.ofMinutes(1);
    /** How old an update may be and still be digested. */
    static final Duration LOOKBACK = Duration.ofDays(7);
    /** The most updates one digest lists one by one; it counts the rest. */
    static final int MAX_LISTED = 20;
    /** The longest excerpt of an update a digest shows. */
    static final int MAX_EXCERPT = 280;

    private final ActivityFeedStore feed;
    private final ProjectRepository projects;
    private final FeedDigestLog log;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final PortalAccessRepository access;
    private final Notices notices;
    private final PortalRuntime runtime;

    FeedDigests(ProjectStores stores, WorkspaceRepository workspaces, ClientRepository clients,
                ContactRepository contacts, PortalAccessRepository access, Notices notices, PortalRuntime runtime) {
        this.feed = stores.feed();
        this.projects = stores.projects();
        this.log = stores.digests();
        this.workspaces = workspaces;
        this.clients = clients;
        this.contacts = contacts;
        this.access = access;
        this.notices = notices;
        this.runtime = runtime;
    }

    /** Sends the digests due at {@code now}, at most {@code maxDigests}; one transaction per client. */
    DigestRun send(Instant now, int maxDigests) {
        PortalException.requireField(now, "now");
        if (maxDigests < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxDigests", maxDigests, "must be positive");
        }
        if (!notices.sends()) {
            return new DigestRun(0, 0, 0, 0, 0);
        }
        List<FeedDigestLog.ClientFeed> due = runtime.read(() -> log.clientsWithUpdates(now.minus(LOOKBACK),
                now.minus(SETTLE)));
        ClientDigests total = ClientDigests.NONE;
        int reached = 0;
        for (FeedDigestLog.ClientFeed client : due) {
            int budget = maxDigests - total.digests();
            if (budget < 1) {
                break;
            }
            ClientDigests done = runtime.execute(events -> digestClient(client, now, budget));
            total = total.plus(done);
            reached += done.cutShort() ? 0 : 1;
        }
        return new DigestRun(total.digests(), total.updates(), total.heldBack(), total.lostRaces(),
                due.size() - reached);
    }

    /** Claims and queues the digests of one client's contacts, in one transaction; sent after it commits. */
    private ClientDigests digestClient(FeedDigestLog.ClientFeed ref, Instant now, int budget) {
        Optional<Client> found = clients.find(ref.workspaceId(), ref.clientId()).filter(client -> !client.archived());
        if (found.isEmpty()) {
            return ClientDigests.NONE;
        }
        Client client = found.get();
        List<Contact> recipients = recipients(client);
        if (recipients.isEmpty()) {
            return ClientDigests.NONE;
        }
        Map<ContactId, FeedDigestMark> sent = new HashMap<>();
        log.marks(client.workspaceId(), client.id()).forEach(mark -> sent.put(mark.contactId(), mark));
        Map<ContactId, FeedCursor> floors = floors(client, recipients, sent);
        FeedCursor lowest = floors.size() < recipients.size() ? null
                : floors.values().stream().min(FeedCursor::compareTo).orElse(null);
        List<FeedEntry> fresh = newUpdates(client, lowest, now);
        if (fresh.isEmpty()) {
            return ClientDigests.NONE;
        }
        Workspace workspace = workspaces.require(client.workspaceId());
        Function<ProjectId, String> projectNames = projectNames(client, fresh);
        List<Supplier<NotificationDraft>> drafts = new ArrayList<>();
        int updates = 0;
        int heldBack = 0;
        int lostRaces = 0;
        boolean cutShort = false;
        for (Contact contact : recipients) {
            FeedCursor floor = floors.get(contact.id());
            List<FeedEntry> news = fresh.stream().filter(entry -> floor == null || entry.position().isAfter(floor))
                    .toList();
            FeedDigestMark last = sent.get(contact.id());
            if (news.isEmpty()) {
                continue;
            }
            if (last != null && last.sentAt().isAfter(now.minus(MIN_INTERVAL))) {
                heldBack++;
            } else if (drafts.size() >= budget) {
                cutShort = true;
            } else if (log.advance(new FeedDigestMark(client.workspaceId(), client.id(), contact.id(),
                    news.get(0).position(), now, last == null ? 0 : last.version()))) {
                drafts.add(() -> compose(workspace, client, contact, news, projectNames));
                updates += news.size();
            } else {
                lostRaces++;
            }
        }
        notices.sendAllAfterCommit(drafts);
        return new ClientDigests(drafts.size(), updates, heldBack, lostRaces, cutShort);
    }

    /**
     * Where each recipient's news begins: after the later of its read mark and its last digest's newest update;
     * a recipient with neither is left out of the map, everything in the look-back being news to it.
     */
    private Map<ContactId, FeedCursor> floors(Client client, List<Contact> recipients,
                                              Map<ContactId, FeedDigestMark> sent) {
        Map<ContactId, FeedCursor> read = new HashMap<>();
        feed.readMarks(client.workspaceId(), client.id()).forEach(mark -> read.put(mark.contactId(), mark.position()));
        Map<ContactId, FeedCursor> floors = new HashMap<>();
        for (Contact contact : recipients) {
            FeedDigestMark digested = sent.get(contact.id());
            FeedCursor floor = later(read.get(contact.id()), digested == null ? null : digested.through());
            if (floor != null) {
                floors.put(contact.id(), floor);
            }
        }
        return floors;
    }

    /** The client's active contacts with portal access that was not revoked. */
    private List<Contact> recipients(Client client) {
        Map<ContactId, PortalAccess.Status> statuses = access.forClient(client.workspaceId(), client.id()).stream()
                .collect(Collectors.toMap(PortalAccess::contactId, PortalAccess::status, (a, b) -> a));
        return contacts.forClient(client.workspaceId(), client.id()).stream()
                .filter(Contact::active)
                .filter(contact -> {
                    PortalAccess.Status status = statuses.get(contact.id());
                    return status != null && status != PortalAccess.Status.REVOKED;
                })
                .toList();
    }

    /**
     * The client's staff updates, newest first, that are not superseded, settled, within the look-back and newer
     * than {@code floor} (every update when it is {@code null}); read page by page down to the floor.
     */
    private List<FeedEntry> newUpdates(Client client, @Nullable FeedCursor floor, Instant now) {
        Instant settled = now.minus(SETTLE);
        Instant oldest = now.minus(LOOKBACK);
        List<FeedEntry> updates = new ArrayList<>();
        FeedCursor before = null;
        while (true) {
            List<FeedEntry> page = feed.page(client.workspaceId(), client.id(), null, before, Projects.MAX_PAGE);
            for (FeedEntry entry : page) {
                if ((floor != null && !entry.position().isAfter(floor)) || !entry.createdAt().isAfter(oldest)) {
                    return updates;
                }
                if (entry.kind() == FeedEntryKind.UPDATE && !entry.superseded()
                        && !entry.createdAt().isAfter(settled)) {
                    updates.add(entry);
                }
            }
            if (page.size() < Projects.MAX_PAGE) {
                return updates;
            }
            before = page.get(page.size() - 1).position();
        }
    }

    private Function<ProjectId, String> projectNames(Client client, List<FeedEntry> updates) {
        Map<ProjectId, String> names = new HashMap<>();
        updates.stream().map(FeedEntry::projectId).filter(Objects::nonNull).distinct()
                .forEach(id -> projects.find(client.workspaceId(), id)
                        .ifPresent(project -> names.put(id, project.name())));
        return id -> names.getOrDefault(id, "");
    }

    private static @Nullable FeedCursor later(@Nullable FeedCursor a, @Nullable FeedCursor b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The digest to one contact: its updates newest first, the first {@value #MAX_LISTED} one by one. */
    private static NotificationDraft compose(Workspace workspace, Client client, Contact contact,
                                             List<FeedEntry> updates, Function<ProjectId, String> projectNames) {
        Locale workspaceLanguage = workspace.settings().locale();
        int count = updates.size();
        List<FeedEntry> listed = updates.subList(0, Math.min(count, MAX_LISTED));
        Part summary = Part.phrase(language -> german(language)
                ? count == 1 ? "1 neues Update" : count + " neue Updates"
                : count == 1 ? "1 new update" : count + " new updates");
        Part lines = Part.block(language -> {
            StringBuilder text = new StringBuilder();
            listed.forEach(update -> text.append("- ").append(line(update, projectNames, language)).append('\n'));
            more(count - listed.size(), language).ifPresent(rest -> text.append(rest).append('\n'));
            return text.toString();
        }, language -> {
            StringBuilder html = new StringBuilder();
            listed.forEach(update -> html.append("<li>")
                    .append(Notification.escapeHtml(line(update, projectNames, language))).append("</li>"));
            more(count - listed.size(), language).ifPresent(rest -> html.append("<li>")
                    .append(Notification.escapeHtml(rest)).append("</li>"));
            return html.toString();
        });
        return NotificationDraft.of(workspace.id(), Notification.Kind.FEED_DIGEST, contact.email(),
                        client.documentLocale(workspaceLanguage), workspaceLanguage,
                        Map.of("business.name", Part.value(workspace.settings().name()),
                                "business.email", Part.value(workspace.settings().email()),
                                "contact.name", Part.value(contact.name()), "client.name", Part.value(client.name()),
                                "updates", lines, "updates.summary", summary, "update.count", Part.value(count)))
                .forContact(client.id(), contact.id())
                .step("feed-digest:" + count + ":" + updates.get(0).id());
    }

    /** One update: its project, an excerpt of its text on one line, and whether it asks for input. */
    private static String line(FeedEntry update, Function<ProjectId, String> projectNames, Locale language) {
        String project = update.projectId() == null ? "" : projectNames.apply(update.projectId());
        String text = update.text().replaceAll("\\s+", " ").strip();
        String excerpt = text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT - 1) + "…";
        String input = !update.needsInput() ? "" : german(language) ? " (wartet auf Ihre Rückmeldung)"
                : " (needs your input)";
        return (project.isEmpty() ? "" : project + ": ") + excerpt + input;
    }

    private static Optional<String> more(int rest, Locale language) {
        if (rest <= 0) {
            return Optional.empty();
        }
        return Optional.of(german(language) ? "… und " + rest + " weitere im Kundenportal"
                : "… and " + rest + " more in the client portal");
    }

    private static boolean german(Locale language) {
        return "de".equals(language.getLanguage());
    }

    /**
     * What a run did for one client, or for the clients so far.
     *
     * @param cutShort whether the budget ran out before every contact of the client was looked at
     */
    private record ClientDigests(int digests, int updates, int heldBack, int lostRaces, boolean cutShort) {

        static final ClientDigests NONE = new ClientDigests(0, 0, 0, 0, false);

        ClientDigests plus(ClientDigests other) {
            return new ClientDigests(digests + other.digests, updates + other.updates, heldBack + other.heldBack,
                    lostRaces + other.lostRaces, cutShort || other.cutShort);
        }
    }
}
