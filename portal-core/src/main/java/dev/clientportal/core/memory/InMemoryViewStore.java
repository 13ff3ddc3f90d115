package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentMap;

/**
 * Views and engagement in concurrent maps. Analytics are written on every page a client opens, so this store keeps
 * off the transaction lock: each method is atomic on its own, as {@link ViewStore} asks.
 */
final class InMemoryViewStore implements ViewStore {

    private final ConcurrentMap<DocumentKey, ConcurrentLinkedDeque<LoggedView>> log = new ConcurrentHashMap<>();
    private final ConcurrentMap<ProbableScannerKey, List<LoggedView>> probableScanners = new ConcurrentHashMap<>();
    private final ConcurrentMap<ViewerKey, Instant> lastCounted = new ConcurrentHashMap<>();
    private final ConcurrentMap<DocumentKey, Engagement> engagements = new ConcurrentHashMap<>();
    private final ConcurrentMap<ClientKey, Instant> lastSeen = new ConcurrentHashMap<>();

    @Override
    public void append(DocumentView view) {
        DocumentKey key = new DocumentKey(view.workspaceId(), view.document());
        LoggedView logged = new LoggedView(view);
        log.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).addFirst(logged);
        if (view.classification() == ViewClass.PROBABLE_SCANNER && !view.address().isEmpty()) {
            probableScanners.compute(new ProbableScannerKey(key, view.address()), (k, views) -> {
                List<LoggedView> more = views == null ? new ArrayList<>(1) : views;
                more.add(logged);
                return more;
            });
        }
    }

    /**
     * Copies the batch first, so a null among the views rejects it whole before anything is logged, then logs each
     * view as {@link #append} does (the maps are concurrent, so a batch needs no lock of its own).
     */
    @Override
    public void appendAll(List<DocumentView> views) {
        for (DocumentView view : List.copyOf(views)) {
            append(view);
        }
    }

    @Override
    public Counted countHumanView(WorkspaceId workspaceId, ClientId clientId, DocumentRef document, String viewerKey,
                                  Instant at, CountIf countIf) {
        DocumentKey key = new DocumentKey(workspaceId, document);
        boolean[] outcome = new boolean[2];
        lastCounted.compute(new ViewerKey(key, viewerKey), (k, last) -> {
            outcome[1] = last == null;
            boolean count = countIf.counts(last);
            outcome[0] = count;
            return count ? at : last;
        });
        boolean counted = outcome[0];
        boolean newViewer = outcome[1] && counted;
        Engagement engagement = engagements.computeIfAbsent(key, k -> new Engagement(document, clientId));
        boolean first = engagement.add(at, counted, newViewer);
        lastSeen.merge(new ClientKey(workspaceId, clientId), at, (earlier, later) ->
                later.isAfter(earlier) ? later : earlier);
        return new Counted(counted, first);
    }

    @Override
    public List<DocumentView> promoteProbableScannerViews(WorkspaceId workspaceId, DocumentRef document,
                                                          String address) {
        List<LoggedView> promoted = probableScanners.remove(
                new ProbableScannerKey(new DocumentKey(workspaceId, document), address));
        if (promoted == null) {
            return List.of();
        }
        List<DocumentView> views = new ArrayList<>(promoted.size());
        for (LoggedView logged : promoted) {
            logged.view = logged.view.reclassified(ViewClass.HUMAN);
            views.add(logged.view);
        }
        views.sort(Comparator.comparing(DocumentView::at));
        return views;
    }

    @Override
    public Optional<DocumentEngagement> engagement(WorkspaceId workspaceId, DocumentRef document) {
        return Optional.ofNullable(engagements.get(new DocumentKey(workspaceId, document)))
                .flatMap(Engagement::snapshot);
    }

    @Override
    public Optional<Instant> clientLastSeen(WorkspaceId workspaceId, ClientId clientId) {
        return Optional.ofNullable(lastSeen.get(new ClientKey(workspaceId, clientId)));
    }

    @Override
    public List<DocumentView> recentViews(WorkspaceId workspaceId, DocumentRef document, int limit) {
        ConcurrentLinkedDeque<LoggedView> views = log.get(new DocumentKey(workspaceId, document));
        if (views == null) {
            return List.of();
        }
        // Views are appended roughly, not exactly, in time order (threads, instances): sort all before cutting.
        List<DocumentView> newestFirst = new ArrayList<>();
        for (LoggedView logged : views) {
            newestFirst.add(logged.view);
        }
        newestFirst.sort(Comparator.comparing(DocumentView::at).reversed());
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    /** Every logged view, for tests that scan the stores. */
    List<DocumentView> all() {
        List<DocumentView> all = new ArrayList<>();
        log.values().forEach(views -> views.forEach(logged -> all.add(logged.view)));
        return all;
    }

    /** A logged view whose class may still change from probable scanner to human. */
    private static final class LoggedView {
        private volatile DocumentView view;

        LoggedView(DocumentView view) {
            this.view = view;
        }
    }

    /** The engagement counters of one document, updated under its own monitor. */
    private static final class Engagement {
        private final DocumentRef document;
        private final ClientId clientId;
        private @Nullable Instant first;
        private @Nullable Instant last;
        private long views;
        private int viewers;

        Engagement(DocumentRef document, ClientId clientId) {
            this.document = document;
            this.clientId = clientId;
        }

        /** Adds a human view; returns whether it was the document's first counted view. */
        synchronized boolean add(Instant at, boolean counted, boolean newViewer) {
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
            if (newViewer) {
                viewers++;
            }
            if (counted) {
                views++;
                return views == 1;
            }
            return false;
        }

        synchronized Optional<DocumentEngagement> snapshot() {
            // the first counted view sets both times
            return views == 0 || first == null || last == null ? Optional.empty()
                    : Optional.of(new DocumentEngagement(document, clientId, first, last, views, viewers));
        }
    }

    private record ViewerKey(DocumentKey document, String viewerKey) {
    }

    private record ProbableScannerKey(DocumentKey document, String address) {
    }

    private record ClientKey(WorkspaceId workspaceId, ClientId clientId) {
    }
}
