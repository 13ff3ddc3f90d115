package dev.clientportal.core.payment;

import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.NumberingPattern;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;

/**
 * Numbers receipts {@code RCT-2026-00001}, {@code RCT-2026-00002}, … per workspace and year of receipt, from the
 * workspace's {@link NumberSequence} inside the transaction that records the money: a rollback gives the number back.
 */
final class ReceiptNumbers {

    /** How receipts are numbered; its own sequence scope, so receipts never take an invoice's number. */
    static final NumberingPattern PATTERN = NumberingPattern.of("RCT-{yyyy}-{seq:5}");

    private final NumberSequence sequence;

    ReceiptNumbers(NumberSequence sequence) {
        this.sequence = sequence;
    }

    /** The next receipt number of a workspace for money received on {@code receivedOn}. */
    String next(WorkspaceId workspaceId, LocalDate receivedOn) {
        return PATTERN.format(receivedOn, sequence.next(workspaceId, "receipt:" + PATTERN.scope(receivedOn)));
    }
}
