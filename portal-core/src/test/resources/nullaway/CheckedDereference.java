package planted;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** The same code with the null check the nullness check asks for: it must compile. */
@NullMarked
final class CheckedDereference {

    static @Nullable String nickname(String name) {
        return name.isBlank() ? null : name.strip();
    }

    static int nicknameLength(String name) {
        String nickname = nickname(name);
        return nickname == null ? 0 : nickname.length();
    }
}
