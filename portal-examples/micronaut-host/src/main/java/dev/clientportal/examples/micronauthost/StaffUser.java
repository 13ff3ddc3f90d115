package dev.clientportal.examples.micronauthost;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * A staff user of the host's own simple staff auth, configured as {@code portal.staff.<name>.user},
 * {@code .token} and {@code .workspace}. A billing app replaces this with its identity provider (see
 * {@link StaffTokens}).
 */
@EachProperty("portal.staff")
final class StaffUser {

    private final String name;
    private String user = "";
    private String token = "";
    private String workspace = "";

    StaffUser(@Parameter String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    String user() {
        return user;
    }

    String token() {
        return token;
    }

    String workspace() {
        return workspace;
    }

    /**
     * Who the user is in the portal's audit trail.
     *
     * @param user e.g. {@code owner@northwind.example}
     */
    public void setUser(String user) {
        this.user = user;
    }

    /**
     * The user's bearer token; empty makes the host draw a random one on start and log it (demo only).
     *
     * @param token the secret
     */
    public void setToken(String token) {
        this.token = token;
    }

    /**
     * The user's workspace id; empty means the demo workspace.
     *
     * @param workspace the workspace's id
     */
    public void setWorkspace(String workspace) {
        this.workspace = workspace;
    }
}
