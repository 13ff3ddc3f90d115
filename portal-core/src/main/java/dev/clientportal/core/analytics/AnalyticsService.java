package dev.clientportal.core.analytics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.notices.NotificationDraft;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.notices.Part;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

final class AnalyticsService implements Analytics, ViewRecording {

    private static final int MAX_VIEWS = 500;

    private final ViewStore views;
    private final DocumentSendLog sends;
    private final FollowUpQueries followUpQueries;
    private final DocumentCatalog documents;
    private final WorkspaceRepository workspaces;
    private final AnalyticsSettings settings;
    private final ClientRepository clients;
    private final Notices notices;
    private final PortalRuntime runtime;
    /** The view log written behind, when the settings batch it; {@code null} writes each view as it happens. */
    private final @Nullable ViewLogBuffer viewLog;
    /** The hot dedup window: when this instance counted each viewer's last view of each document. */
    private final Cache<ViewerOfDocument, Instant> lastCounted;
    /** Documents already resolved for a client: a document never moves to another client once visible. */
    private final Cache<DocumentKey, DocumentInfo> resolved;

    AnalyticsService(ViewStore views, DocumentSendLog sends, FollowUpQueries followUpQueries,
                     DocumentCatalog documents, WorkspaceRepository workspaces, AnalyticsSettings settings,
                     ClientRepository clients, Notices notices, PortalRuntime runtime) {
        this.views = views;
        this.sends = sends;
        this.followUpQueries = followUpQueries;
        this.documents = documents;
        this.workspaces = workspaces;
        this.settings = settings;
        this.clients = clients;
        this.notices = notices;
        this.runtime = runtime;
        AnalyticsSettings.ViewBatching batching = settings.viewBatching();
        this.viewLog = batching.enabled()
                ? new ViewLogBuffer(views, batching.maxBatch(), batching.maxDelay(), runtime.clock()) : null;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(runtime.clock().millis());
        this.lastCounted = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(settings.dedupWindow())
                .maximumSize(200_000).build();
        this.resolved = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(Duration.ofMinutes(5))
                .maximumSize(50_000).build();
    }

    @Override
    public ViewOutcome recordView(PortalPrincipal principal, DocumentRef document, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        DocumentInfo info = resolved.get(new DocumentKey(principal.workspaceId(), document),
                key -> runtime.read(() -> documents.resolve(key.workspaceId(), key.document()).orElse(null)));
        return record(principal, document, info, () -> sends.lastSentAt(principal.workspaceId(), document), request);
    }

    @Override
    public Optional<Instant> lastSentAt(WorkspaceId workspaceId, DocumentRef document) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(document, "document");
        return sends.lastSentAt(workspaceId, document);
    }

    @Override
    public ViewOutcome recordView(PortalPrincipal principal, DocumentInfo document, Optional<Instant> lastSentAt,
                                  ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        PortalException.requireField(lastSentAt, "lastSentAt");
        return record(principal, document.document(), document, () -> lastSentAt, request);
    }

    /**
     * Classifies and records a view of a document known as {@code info} ({@code null}: no such document), last sent
     * as {@code lastSent} answers, asked once the principal may see it. A human view's log entry, promotions and
     * counts go to the store in one call ({@link ViewStore#recordHumanView}): one commit, all or nothing.
     */
    private ViewOutcome record(PortalPrincipal principal, DocumentRef document, @Nullable DocumentInfo info,
                               Supplier<Optional<Instant>> lastSent, @Nullable ClientRequest request) {
        ClientRequest from = request == null ? ClientRequest.unknown() : request;
        if (info == null || !principal.canSee(principal.workspaceId(), info.clientId(), document)) {
            throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "document", document);
        }
        // The view store and the send log commit on their own (see their Javadoc): no business transaction here.
        Instant now = runtime.clock().instant();
        ViewClass classification = settings.classification().classify(new ViewFacts(principal.channel(), from, now,
                lastSent.get()));
        DocumentView view = new DocumentView(runtime.ids().next(), principal.workspaceId(), info.clientId(), document,
                principal.viewerKey(), principal.channel(), now, from.address(), from.userAgent(), from.method(),
                classification);
        if (classification != ViewClass.HUMAN) {
            log(view);
            return new ViewOutcome(classification, false, false);
        }
        if (viewLog != null) {
            viewLog.add(view);
        }
        ViewStore.RecordedView recorded = views.recordHumanView(view, viewLog == null, this::countIf);
        // A promoted view can be the document's first: the notice then names its viewer and time, as engagement does.
        DocumentView firstView = null;
        for (ViewStore.CountedView promoted : recorded.promoted()) {
            if (remembered(promoted.view(), promoted.counted()).first()) {
                firstView = promoted.view();
            }
        }
        if (remembered(view, recorded.counted()).first()) {
            firstView = view;
        }
        boolean first = firstView != null;
        if (firstView != null && (document.type() == DocumentType.INVOICE || document.type() == DocumentType.QUOTE)) {
            DocumentView seenFirst = firstView;
            runtime.run(events -> {
                events.raise(new DocumentFirstViewed(runtime.ids().next(), principal.workspaceId(), info.clientId(),
                        document, seenFirst.viewerKey(), seenFirst.at(), now));
            });
            noticeToBusiness(principal.workspaceId(), info, seenFirst.at());
        }
        return new ViewOutcome(classification, recorded.counted().counted(), first);
    }

    /**
     * Tells the business at its workspace address that a client opened a document for the first time; once per
     * document across every instance (the notice's key is claimed first), none when the workspace has no address.
     */
    private void noticeToBusiness(WorkspaceId workspaceId, DocumentInfo info, Instant viewedAt) {
        if (!notices.sends()) {
            return;
        }
        Workspace workspace = runtime.read(() -> workspaces.require(workspaceId));
        String email = workspace.settings().email();
        if (email.isEmpty()) {
            return;
        }
        Client client = runtime.read(() -> clients.require(workspaceId, info.clientId()));
        Locale language = workspace.settings().locale();
        String title = info.title();
        Part document = Part.phrase(in -> !"de".equals(in.getLanguage()) ? title
                : title.startsWith("Invoice ") ? "Rechnung " + title.substring("Invoice ".length())
                : title.startsWith("Quote ") ? "Angebot " + title.substring("Quote ".length()) : title);
        notices.sendOnce(workspaceId, "notice:viewed:" + info.document(), () -> NotificationDraft.of(workspaceId,
                        Notification.Kind.DOCUMENT_VIEWED, email, language, language,
                        Map.of("business.name", Part.value(workspace.name()), "business.email", Part.value(email),
                                "client.name", Part.value(client.name()), "document", document,
                                "viewed.at", Part.value(viewedAt.atZone(workspace.settings().timeZone())
                                        .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES))))
                .about(info.document()).forClient(client.id()));
    }

    /**
     * Writes a view to the log, or queues it when the log is batched. Probable scanner views are always written at
     * once: a person coming back from the same address promotes them in the store, which must then hold them.
     */
    private void log(DocumentView view) {
        if (viewLog == null || view.classification() == ViewClass.PROBABLE_SCANNER) {
            views.append(view);
        } else {
            viewLog.add(view);
        }
    }

    @Override
    public int flushViews() {
        return viewLog == null ? 0 : viewLog.flush();
    }

    /**
     * When a human view counts: never when this instance counted the viewer within the window (it knows the answer;
     * the store still moves the last-viewed and last-seen times), else when the store's last counted view of the
     * viewer is before the window, which holds across instances.
     */
    private ViewStore.CountIf countIf(DocumentView view) {
        Instant windowStart = view.at().minus(settings.dedupWindow());
        Instant known = lastCounted.getIfPresent(new ViewerOfDocument(view.document(), view.viewerKey()));
        return known != null && known.isAfter(windowStart) ? ViewStore.CountIf.knownDuplicate()
                : ViewStore.CountIf.lastCountedBefore(windowStart.plus(1, ChronoUnit.MICROS));
    }

    /** Remembers when this instance counted a viewer's view, for {@link #countIf}; answers {@code counted}. */
    private ViewStore.Counted remembered(DocumentView view, ViewStore.Counted counted) {
        if (counted.counted()) {
            lastCounted.put(new ViewerOfDocument(view.document(), view.viewerKey()), view.at());
        }
        return counted;
    }

    @Override
    public void recordSent(StaffPrincipal principal, DocumentRef document) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        runtime.read(() -> documents.require(principal.workspaceId(), document));
        sends.recordSend(principal.workspaceId(), document, runtime.clock().instant());
    }

    @Override
    public Optional<DocumentEngagement> engagement(StaffPrincipal principal, DocumentRef document) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        return views.engagement(principal.workspaceId(), document);
    }

    @Override
    public Optional<Instant> clientLastSeen(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(clientId, "clientId");
        return views.clientLastSeen(principal.workspaceId(), clientId);
    }

    @Override
    public List<DocumentView> views(StaffPrincipal principal, DocumentRef document, int limit) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        if (limit < 1 || limit > MAX_VIEWS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and " + MAX_VIEWS);
        }
        return views.recentViews(principal.workspaceId(), document, limit);
    }

    @Override
    public List<FollowUp> followUps(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> {
            Workspace workspace = workspaces.require(principal.workspaceId());
            LocalDate today = runtime.today(workspace.settings().timeZone());
            return new FollowUpRanking(settings.followUps(), today, workspace.settings().timeZone())
                    .rank(followUpQueries.openInvoices(workspace.id()),
                            followUpQueries.pendingApprovals(workspace.id()));
        });
    }

    private record ViewerOfDocument(DocumentRef document, String viewerKey) {
    }

    private record DocumentKey(WorkspaceId workspaceId, DocumentRef document) {
    }
}
