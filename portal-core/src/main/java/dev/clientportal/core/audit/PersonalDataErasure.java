package dev.clientportal.core.audit;

import java.util.List;
import java.util.Objects;

/**
 * What an erasure of personal data did.
 *
 * @param erasureSequence the sequence of the {@code audit.personal_data_erased} entry that records it, 0 when
 *                        nothing was left to erase (and no entry was written)
 * @param erasedSequences the entries whose personal data was erased now, in sequence order
 */
public record PersonalDataErasure(long erasureSequence, List<Long> erasedSequences) {

    /**
     * Requires the sequences and freezes them.
     *
     * @param erasureSequence the sequence of the {@code audit.personal_data_erased} entry that records it, 0 when
     *                        nothing was left to erase (and no entry was written)
     * @param erasedSequences the entries whose personal data was erased now, in sequence order
     */
    public PersonalDataErasure {
        erasedSequences = List.copyOf(Objects.requireNonNull(erasedSequences, "erasedSequences"));
        if ((erasureSequence == 0) != erasedSequences.isEmpty()) {
            throw new IllegalArgumentException("an erasure entry is written exactly when something was erased");
        }
    }
}
