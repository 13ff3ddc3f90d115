package dev.clientportal.examples.springhost;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Locale;

/**
 * The business's own people ({@code portal.staff.users[i].*}): who may sign in at {@code /staff/sign-in} and act for
 * a workspace. A billing app has its own user store; this host keeps them in configuration, passwords as hashes only.
 *
 * @param users the staff users; none means nobody can sign in as staff
 */
@ConfigurationProperties("portal.staff")
public record StaffProperties(@DefaultValue List<User> users) {

    /**
     * One staff user.
     *
     * @param email        the address they sign in with, compared without regard to case
     * @param passwordHash the password's hash as Spring Security's delegating encoder stores it, e.g.
     *                     {@code {bcrypt}$2a$10$…}; never the password itself
     * @param workspace    the id of the workspace they act for; empty for the demo workspace
     */
    public record User(String email, String passwordHash, @DefaultValue("") String workspace) {

        /**
         * Requires an email and a hash with its encoder's prefix.
         *
         * @param email        the address they sign in with
         * @param passwordHash the password's hash with its {@code {id}} prefix
         * @param workspace    the workspace's id, or empty for the demo workspace
         */
        public User {
            if (email == null || email.isBlank()) {
                throw new IllegalStateException("portal.staff.users[].email is required");
            }
            if (passwordHash == null || !passwordHash.startsWith("{")) {
                throw new IllegalStateException("portal.staff.users[].password-hash of " + email + " must be a hash "
                        + "with its encoder's prefix, e.g. {bcrypt}$2a$10$…, never the password itself");
            }
            email = email.trim().toLowerCase(Locale.ROOT);
        }

        /** Keeps the hash out of logs. */
        @Override
        public String toString() {
            return "User[" + email + (workspace.isBlank() ? "" : " of " + workspace) + "]";
        }
    }
}
