package dev.clientportal.jpa;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the keys of one bulk call into runs of a fixed size, so a statement never binds more parameters than the
 * database accepts, however many keys the caller passes.
 */
final class Chunks {

    /** Keys per statement of a bulk write or read: far below every vendor's parameter limit, even at nine a row. */
    static final int SIZE = 500;

    private Chunks() {
    }

    /** The items in runs of at most {@link #SIZE}, in their order; none for no items. */
    static <T> List<List<T>> of(List<T> items) {
        List<List<T>> chunks = new ArrayList<>((items.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < items.size(); from += SIZE) {
            chunks.add(items.subList(from, Math.min(items.size(), from + SIZE)));
        }
        return chunks;
    }
}
