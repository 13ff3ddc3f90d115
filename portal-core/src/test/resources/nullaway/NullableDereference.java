package planted;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** Dereferences a nullable return without a check: the build's nullness check must reject it. */
@NullMarked
final class NullableDereference {

    static @Nullable String nickname(String name) {
        return name.isBlank() ? null : name.strip();
    }

    static int nicknameLength(String name) {
        return nickname(name).length();
    }
}
