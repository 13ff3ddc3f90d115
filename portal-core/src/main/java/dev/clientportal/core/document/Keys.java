package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.workspace.Workspace;

import java.util.Locale;

/** Builds the parts of document keys and file names that every kind of document shares. */
final class Keys {

    private Keys() {
    }

    /**
     * The variant every document shares: the workspace version (settings such as the address or locale are
     * printed) and the client version (the billing block is printed), plus what the kind adds.
     */
    static String variant(Workspace workspace, Client client, Object... extras) {
        StringBuilder variant = new StringBuilder(48).append("w").append(workspace.version())
                .append("/c").append(client.version());
        for (Object extra : extras) {
            variant.append('/').append(extra);
        }
        return variant.toString();
    }

    /** A file name of safe characters: the prefix, then the reference, or the kind alone when nothing is left. */
    static String fileName(String prefix, String reference, DocumentKind kind) {
        String safe = (prefix + reference).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? kind.name().toLowerCase(Locale.ROOT).replace('_', '-') : safe;
    }
}
