package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.DocumentRef;

import java.util.List;
import java.util.Optional;

/**
 * One version of a deliverable as a client opens it: the files and note, where approval stands, and whether the
 * viewer is asked to decide now. Other people's decisions are shown without their network details.
 *
 * @param deliverableId  the deliverable
 * @param title          its title
 * @param project        its project, empty for none
 * @param document       this version's document
 * @param version        the version: files, note, content hash
 * @param latestVersion  the number of the newest version; a lower {@code version.number()} has been replaced
 * @param status         where the deliverable stands
 * @param request        the latest approval request on this version, if any
 * @param rounds         the revision rounds so far
 * @param includedRounds how many rounds the deliverable includes
 * @param canDecide      whether the viewer may approve or ask for changes on this version now
 */
public record DeliverableVersionView(DeliverableId deliverableId, String title, String project, DocumentRef document,
                                     DeliverableVersion version, int latestVersion, DeliverableStatus status,
                                     Optional<ApprovalRequest> request, List<RevisionRound> rounds,
                                     int includedRounds, boolean canDecide) {

    /**
     * Copies the list.
     *
     * @param deliverableId  the deliverable
     * @param title          its title
     * @param project        its project, empty for none
     * @param document       this version's document
     * @param version        the version: files, note, content hash
     * @param latestVersion  the number of the newest version; a lower {@code version.number()} has been replaced
     * @param status         where the deliverable stands
     * @param request        the latest approval request on this version, if any
     * @param rounds         the revision rounds so far
     * @param includedRounds how many rounds the deliverable includes
     * @param canDecide      whether the viewer may approve or ask for changes on this version now
     */
    public DeliverableVersionView {
        rounds = List.copyOf(rounds);
    }
}
