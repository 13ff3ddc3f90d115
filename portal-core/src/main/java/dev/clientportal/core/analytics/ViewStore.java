package dev.clientportal.core.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.HashSet;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores document views and the engagement derived from them. Analytics are not part of business transactions:
 * this port <em>commits on its own</em>. The portal calls it with no transaction open; each call is atomic by itself
 * (an SQL adapter runs it in a short transaction of its own, or one conditional statement), so a view is kept even
 * if nothing else happens. Its contract makes every call that way.
 */
public interface ViewStore {

    /**
     * Appends a view to the log.
     *
     * @param view the view, of any class
     */
    void append(DocumentView view);

    /**
     * Appends views to the log as one batch, in the given order, atomically where the store can: the batch form of
     * {@link #append}, for hosts that buffer views (see {@link AnalyticsSettings#batchViews}). This default appends
     * them one by one; stores that can write many rows at once (one multi-row insert) override it.
     *
     * @param views the views, of any class, in the order they happened; empty appends nothing
     */
    default void appendAll(List<DocumentView> views) {
        views.forEach(this::append);
    }

    /**
     * Adds a human view at {@code at} to the document's engagement and the client's last-seen time, atomically.
     * The view is counted only as {@code countIf} says: when the same viewer's last counted view of the document is
     * before its cutoff (or there is none), or never for a view the portal already knows to be a duplicate. The
     * portal's cutoff is one microsecond after the start of the dedup window, the precision databases keep.
     * Correctness across instances rests on this conditional update, not on any cache.
     *
     * @param workspaceId              the workspace the document belongs to
     * @param clientId                 the client the document belongs to
     * @param document                 the viewed document
     * @param viewerKey                who viewed, e.g. {@code contact:…}
     * @param at                       when the view happened
     * @param countIf                  when the view counts: the viewer last counted before a cutoff, or never for a
     *                                 known duplicate
     * @return whether it was counted and whether it was the document's first counted human view
     */
    Counted countHumanView(WorkspaceId workspaceId, ClientId clientId, DocumentRef document, String viewerKey,
                           Instant at, CountIf countIf);

    /**
     * Writes what one human view adds, as one unit where the store can (an SQL adapter: one transaction of its own,
     * so one commit per view): appends {@code view} to the log when {@code append} is set, promotes the document's
     * probable scanner views from the view's address as {@link #promoteProbableScannerViews} does (none for an empty
     * address), then counts each promoted view, oldest first, and the view itself as {@link #countHumanView} does,
     * each under the condition {@code countIf} gives for it. The answer is the one those calls made in that order
     * would give; this default makes exactly those calls, so a store that overrides nothing keeps working.
     *
     * @param view    the human view; its workspace, client, document, address, viewer and time are the ones used
     * @param append  whether to append {@code view} to the log here; {@code false} when the portal queues it for a
     *                batched write
     * @param countIf when a view counts, asked once for each promoted view and then for {@code view}
     * @return the promoted views with their counting, oldest first, and the counting of {@code view}
     */
    default RecordedView recordHumanView(DocumentView view, boolean append, Function<DocumentView, CountIf> countIf) {
        if (append) {
            append(view);
        }
        List<CountedView> promoted = new ArrayList<>();
        if (!view.address().isEmpty()) {
            for (DocumentView scanned : promoteProbableScannerViews(view.workspaceId(), view.document(),
                    view.address())) {
                promoted.add(new CountedView(scanned, countHumanView(view.workspaceId(), view.clientId(),
                        view.document(), scanned.viewerKey(), scanned.at(), countIf.apply(scanned))));
            }
        }
        return new RecordedView(promoted, countHumanView(view.workspaceId(), view.clientId(), view.document(),
                view.viewerKey(), view.at(), countIf.apply(view)));
    }

    /**
     * Reclassifies the document's {@link ViewClass#PROBABLE_SCANNER} views from {@code address} as human (the
     * address came back, so a person was behind it) and returns them, oldest first.
     *
     * @param workspaceId the workspace the document belongs to
     * @param document    the document
     * @param address     the address that came back
     * @return the views reclassified as human, oldest first; empty when there were none
     */
    List<DocumentView> promoteProbableScannerViews(WorkspaceId workspaceId, DocumentRef document, String address);

    /**
     * The document's engagement, if anyone on the client's side viewed it.
     *
     * @param workspaceId the workspace to look in
     * @param document    the document
     * @return its engagement, empty if the client's people never viewed it
     */
    Optional<DocumentEngagement> engagement(WorkspaceId workspaceId, DocumentRef document);

    /**
     * Which of these documents the client's people viewed, for a page of them at once. Adapters answer in one
     * statement; the default asks document by document.
     *
     * @param workspaceId the workspace to look in
     * @param documents   the documents, each once
     * @return those among them that were viewed
     */
    default Set<DocumentRef> viewed(WorkspaceId workspaceId, Collection<DocumentRef> documents) {
        Set<DocumentRef> viewed = new HashSet<>();
        for (DocumentRef document : documents) {
            if (engagement(workspaceId, document).isPresent()) {
                viewed.add(document);
            }
        }
        return viewed;
    }

    /**
     * When anyone of the client last viewed any document.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the time of the client's last counted view, empty if there was none
     */
    Optional<Instant> clientLastSeen(WorkspaceId workspaceId, ClientId clientId);

    /**
     * The latest views of a document, newest first, of every class.
     *
     * @param workspaceId the workspace to look in
     * @param document    the document
     * @param limit       the most views to return
     * @return the latest views, newest first, of every class
     */
    List<DocumentView> recentViews(WorkspaceId workspaceId, DocumentRef document, int limit);

    /** When {@link #countHumanView} counts a view: before a cutoff, or not at all for a known duplicate. */
    sealed interface CountIf {

        /**
         * Counts the view when the viewer's last counted view of the document is before {@code cutoff}, or none is.
         *
         * @param cutoff the instant the last counted view must precede
         * @return the condition
         */
        static CountIf lastCountedBefore(Instant cutoff) {
            return new LastCountedBefore(cutoff);
        }

        /**
         * Counts nothing: the portal knows the viewer was counted within the dedup window.
         *
         * @return the condition that never counts
         */
        static CountIf knownDuplicate() {
            return KnownDuplicate.INSTANCE;
        }

        /**
         * Whether a view whose viewer was last counted at {@code lastCounted} counts.
         *
         * @param lastCounted when the viewer's view was last counted; {@code null} when never
         * @return whether the view counts
         */
        boolean counts(@Nullable Instant lastCounted);

        /**
         * Counts the view when the viewer's last counted view is before the cutoff, or there is none.
         *
         * @param cutoff the instant the last counted view must precede
         */
        record LastCountedBefore(Instant cutoff) implements CountIf {

            /**
             * Requires the cutoff.
             *
             * @param cutoff the instant the last counted view must precede
             */
            public LastCountedBefore {
                Objects.requireNonNull(cutoff, "cutoff");
            }

            @Override
            public boolean counts(@Nullable Instant lastCounted) {
                return lastCounted == null || lastCounted.isBefore(cutoff);
            }
        }

        /** A view the portal already knows to be a duplicate: it is not counted. */
        enum KnownDuplicate implements CountIf {
            /** The one instance. */
            INSTANCE;

            @Override
            public boolean counts(@Nullable Instant lastCounted) {
                return false;
            }
        }
    }

    /**
     * The outcome of counting a human view.
     *
     * @param counted whether the view count went up
     * @param first   whether it went from zero to one
     */
    record Counted(boolean counted, boolean first) {
    }

    /**
     * A view promoted from probable scanner to human, and how counting it went.
     *
     * @param view    the view, now classed human
     * @param counted whether it was counted, and as the document's first counted human view
     */
    record CountedView(DocumentView view, Counted counted) {

        /**
         * Requires both parts.
         *
         * @param view    the view, now classed human
         * @param counted whether it was counted, and as the document's first counted human view
         */
        public CountedView {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(counted, "counted");
        }
    }

    /**
     * What {@link #recordHumanView} wrote.
     *
     * @param promoted the views promoted from probable scanner to human, oldest first, each with its counting
     * @param counted  how counting the recorded view itself went
     */
    record RecordedView(List<CountedView> promoted, Counted counted) {

        /**
         * Copies the promoted views and requires the counting.
         *
         * @param promoted the views promoted from probable scanner to human, oldest first, each with its counting
         * @param counted  how counting the recorded view itself went
         */
        public RecordedView {
            promoted = List.copyOf(promoted);
            Objects.requireNonNull(counted, "counted");
        }
    }
}
