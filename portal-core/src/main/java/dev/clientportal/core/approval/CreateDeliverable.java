package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.pricing.LineItem;

import java.util.Objects;
import java.util.Optional;

/**
 * Creates a deliverable for a client. Built fluently:
 * {@code CreateDeliverable.forClient(id, "Logo").project("Rebrand").includedRounds(2)
 * .extraRounds(ExtraRoundPolicy.bill(fee)).milestone(Milestone.issuedOnApproval("Phase 1", line))}.
 *
 * @param clientId          the client it is for
 * @param title             what it is called
 * @param project           the project it belongs to, free text; empty for none
 * @param includedRounds    how many revision rounds the price includes (default 2)
 * @param extraRounds       what rounds beyond those do (default: flag only)
 * @param signatureRequired whether approving needs a typed-name signature (default: optional)
 * @param milestone         the milestone whose invoice approval bills, if any
 */
public record CreateDeliverable(ClientId clientId, String title, String project, int includedRounds,
                                ExtraRoundPolicy extraRounds, boolean signatureRequired,
                                Optional<Milestone> milestone) {

    /** The revision rounds a deliverable includes unless told otherwise. */
    public static final int DEFAULT_INCLUDED_ROUNDS = 2;
    static final int MAX_TITLE = 200;
    static final int MAX_ROUNDS = 1000;

    /**
     * Validates every field.
     *
     * @param clientId          the client it is for
     * @param title             what it is called
     * @param project           the project it belongs to, free text; empty for none
     * @param includedRounds    how many revision rounds the price includes (default 2)
     * @param extraRounds       what rounds beyond those do (default: flag only)
     * @param signatureRequired whether approving needs a typed-name signature (default: optional)
     * @param milestone         the milestone whose invoice approval bills, if any
     * @throws PortalException {@link ErrorCode#REQUIRED} or {@link ErrorCode#INVALID_VALUE}
     */
    public CreateDeliverable {
        PortalException.requireField(clientId, "clientId");
        title = PortalException.requireLine(title, "title", MAX_TITLE);
        project = PortalException.optionalLine(project, "project", MAX_TITLE);
        if (includedRounds < 0 || includedRounds > MAX_ROUNDS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "includedRounds", includedRounds,
                    "must be between 0 and " + MAX_ROUNDS);
        }
        extraRounds = Objects.requireNonNullElse(extraRounds, ExtraRoundPolicy.flagOnly());
        milestone = Objects.requireNonNullElse(milestone, Optional.empty());
    }

    /**
     * A deliverable with the defaults: no project, two included rounds, extra rounds flagged, no milestone.
     *
     * @param clientId the client it is for
     * @param title    what is delivered, e.g. "Logo design"
     * @return the command
     */
    public static CreateDeliverable forClient(ClientId clientId, String title) {
        return new CreateDeliverable(clientId, title, "", DEFAULT_INCLUDED_ROUNDS, ExtraRoundPolicy.flagOnly(), false,
                Optional.empty());
    }

    /**
     * This deliverable in a project.
     *
     * @param newProject the project's name
     * @return this deliverable in a project
     */
    public CreateDeliverable project(String newProject) {
        return new CreateDeliverable(clientId, title, newProject, includedRounds, extraRounds, signatureRequired,
                milestone);
    }

    /**
     * This deliverable including another number of revision rounds.
     *
     * @param rounds revision rounds included in the price, 0 or more
     * @return this deliverable including another number of revision rounds
     */
    public CreateDeliverable includedRounds(int rounds) {
        return new CreateDeliverable(clientId, title, project, rounds, extraRounds, signatureRequired, milestone);
    }

    /**
     * This deliverable with another policy for rounds beyond the included ones.
     *
     * @param policy what a round beyond the included ones does
     * @return this deliverable with another policy for rounds beyond the included ones
     */
    public CreateDeliverable extraRounds(ExtraRoundPolicy policy) {
        return new CreateDeliverable(clientId, title, project, includedRounds, policy, signatureRequired, milestone);
    }

    /**
     * This deliverable requiring a typed-name signature on every approval.
     *
     * @return this deliverable requiring a typed-name signature on every approval
     */
    public CreateDeliverable requireSignature() {
        return new CreateDeliverable(clientId, title, project, includedRounds, extraRounds, true, milestone);
    }

    /**
     * This deliverable linked to a milestone that its approval bills.
     *
     * @param newMilestone the milestone billed when the deliverable is approved
     * @return this deliverable linked to a milestone that its approval bills
     */
    public CreateDeliverable milestone(Milestone newMilestone) {
        return new CreateDeliverable(clientId, title, project, includedRounds, extraRounds, signatureRequired,
                Optional.of(PortalException.requireField(newMilestone, "milestone")));
    }

    /**
     * Checks that everything this deliverable may bill is priced in the client's currency.
     *
     * @throws PortalException {@link ErrorCode#CURRENCY_MISMATCH} naming the line
     */
    void requireCurrency(CurrencyUnit currency) {
        extraRounds.billableLine().ifPresent(line -> line.unitPrice().requireCurrency(currency,
                "extraRounds.line.unitPrice"));
        milestone.ifPresent(m -> {
            for (int i = 0; i < m.lines().size(); i++) {
                LineItem line = m.lines().get(i);
                line.unitPrice().requireCurrency(currency, "milestone.lines[" + i + "].unitPrice");
            }
        });
    }
}
