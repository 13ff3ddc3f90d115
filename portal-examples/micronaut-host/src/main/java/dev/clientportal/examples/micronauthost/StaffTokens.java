package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The host's own simple staff auth: bearer tokens configured per staff user ({@code portal.staff.*}), each giving the
 * {@link StaffPrincipal} of its user in its workspace. This is where a real billing app plugs in its identity
 * provider instead: verify its session or OIDC token here and return the user and workspace it names; the portal
 * needs nothing else to enforce the tenancy.
 */
@Singleton
class StaffTokens {

    private static final Logger LOG = LoggerFactory.getLogger(StaffTokens.class);

    private final List<Staff> staff;
    private final Optional<DemoSeed> demo;
    private final ConcurrentMap<String, WorkspaceId> demoWorkspace = new ConcurrentHashMap<>();

    StaffTokens(List<StaffUser> users, Optional<DemoSeed> demo) {
        this.demo = demo;
        SecureRandom random = new SecureRandom();
        this.staff = users.stream().filter(user -> {
            if (user.user().isBlank()) {
                LOG.warn("portal.staff.{} names no user (portal.staff.{}.user); it has no token", user.name(),
                        user.name());
                return false;
            }
            return true;
        }).map(user -> {
            String token = user.token();
            if (token.isBlank()) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                LOG.info("Staff token of {} for this run (set portal.staff.{}.token to keep one): {}", user.user(),
                        user.name(), token);
            }
            return new Staff(sha256(token), user.user(), user.workspace());
        }).toList();
    }

    /**
     * The staff principal of a bearer token.
     *
     * @param token the bearer token
     * @return the principal
     * @throws PortalException {@code access.token_invalid} when no configured user has this token
     */
    StaffPrincipal principal(String token) {
        byte[] presented = sha256(token);
        Staff found = null;
        for (Staff candidate : staff) {
            // every entry is compared, in constant time, so timing tells nothing about the tokens
            if (MessageDigest.isEqual(candidate.tokenHash(), presented)) {
                found = candidate;
            }
        }
        if (found == null) {
            throw new PortalException(ErrorCode.TOKEN_INVALID, "unknown staff token");
        }
        return StaffPrincipal.of(workspaceOf(found), found.user());
    }

    private WorkspaceId workspaceOf(Staff staff) {
        if (!staff.workspace().isBlank()) {
            return WorkspaceId.of(staff.workspace());
        }
        return demoWorkspace.computeIfAbsent("demo", key -> demo.flatMap(DemoSeed::workspaceId)
                .orElseThrow(() -> new PortalException(ErrorCode.TOKEN_INVALID,
                        "staff user " + staff.user() + " names no workspace and there is no demo workspace")));
    }

    /** The SHA-256 of a text's UTF-8 bytes. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Staff(byte[] tokenHash, String user, String workspace) {
    }
}
