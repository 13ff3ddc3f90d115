package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default block of a {@link NumberSequence} that only knows {@code next}. */
class NumberSequenceTest {

    private static final WorkspaceId ACME = new WorkspaceId(new UUID(1, 1));
    private static final String SCOPE = "invoice:INV-2026-{seq}";

    @Test
    void theDefaultBlock_drawsTheNumbersOneByOne_andAnswersTheFirst() {
        List<String> drawn = new ArrayList<>();
        long[] last = {41};
        NumberSequence counting = (workspaceId, scope) -> {
            drawn.add(scope);
            return ++last[0];
        };

        assertThat(counting.nextBlock(ACME, SCOPE, 3)).isEqualTo(42);
        assertThat(drawn).containsExactly(SCOPE, SCOPE, SCOPE);
        assertThat(counting.next(ACME, SCOPE)).isEqualTo(45);
    }

    @Test
    void theDefaultBlock_refusesNoNumbers_andASequenceThatSkips() {
        long[] last = {0};
        NumberSequence skipping = (workspaceId, scope) -> last[0] += 2;

        assertThatThrownBy(() -> skipping.nextBlock(ACME, SCOPE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> skipping.nextBlock(ACME, SCOPE, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("skipped from 2 to 4");
    }
}
