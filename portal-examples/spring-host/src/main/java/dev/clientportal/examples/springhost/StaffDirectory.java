package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.jpa.JpaPortalStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks staff passwords against the configured users: attempts per address are limited in the database (every
 * instance shares the count), and an unknown address costs the same hash check as a wrong password, so the answer
 * time does not tell which addresses are staff.
 */
@Component
class StaffDirectory {

    /** Attempts per address within {@link #WINDOW}; the next ones are refused until the window ends. */
    static final int ATTEMPTS = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(StaffDirectory.class);

    private final StaffProperties properties;
    private final PasswordEncoder encoder;
    private final RateLimitCounter attempts;
    private final Optional<DemoSeed> demo;
    private final String decoyHash;

    StaffDirectory(StaffProperties properties, PasswordEncoder encoder, JpaPortalStores stores,
                   Optional<DemoSeed> demo) {
        this.properties = properties;
        this.encoder = encoder;
        this.attempts = stores.rateLimits();
        this.demo = demo;
        this.decoyHash = encoder.encode(UUID.randomUUID().toString());
    }

    /**
     * The staff member these credentials name, if the password is theirs.
     *
     * @param email    the address typed
     * @param password the password typed
     * @return the principal to act as, or empty for an unknown address or a wrong password
     * @throws PortalException {@code access.rate_limited} after {@value #ATTEMPTS} attempts on the address within
     *                         fifteen minutes
     */
    Optional<StaffPrincipal> signIn(String email, String password) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        if (attempts.hit("staff-sign-in:" + address, WINDOW, Instant.now()) > ATTEMPTS) {
            throw new PortalException(ErrorCode.RATE_LIMITED, "too many staff sign-in attempts for " + address);
        }
        Optional<StaffProperties.User> user = user(address);
        boolean matches = encoder.matches(password, user.map(StaffProperties.User::passwordHash).orElse(decoyHash));
        if (!matches || user.isEmpty()) {
            return Optional.empty();
        }
        Optional<WorkspaceId> workspace = workspaceOf(user.get());
        if (workspace.isEmpty()) {
            LOG.warn("staff user {} names no workspace and there is no demo workspace: set "
                    + "portal.staff.users[].workspace", address);
        }
        return workspace.map(id -> StaffPrincipal.of(id, address));
    }

    /**
     * Whether a signed-in staff member is still configured for the workspace they signed in to: removing a user from
     * the configuration ends their sessions at the next request.
     *
     * @param staff who the session says
     * @return whether they are still staff of that workspace
     */
    boolean stillStaff(StaffPrincipal staff) {
        return user(staff.user()).filter(user -> user.workspace().isBlank()
                || WorkspaceId.of(user.workspace()).equals(staff.workspaceId())).isPresent();
    }

    private Optional<StaffProperties.User> user(String address) {
        return properties.users().stream().filter(user -> user.email().equals(address)).findFirst();
    }

    private Optional<WorkspaceId> workspaceOf(StaffProperties.User user) {
        return user.workspace().isBlank() ? demo.flatMap(DemoSeed::workspaceId) : Optional.of(WorkspaceId.of(user.workspace()));
    }
}
