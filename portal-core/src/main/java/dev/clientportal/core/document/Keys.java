package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.workspace.Workspace;

import java.util.Locale;

/** Builds the parts of document keys and file names that every kind of document shares. */
final class Keys {

    private Keys() {
    }

    /**
     * The variant every document shares: the workspace version (settings such as the address are printed), the
     * client version (the billing block is printed), the locale the document is printed in (the client's or the
     * workspace's: its words, dates and amounts follow it), plus what the kind adds.
     */
    static String variant(Workspace workspace, Client client, Object... extras) {
        StringBuilder variant = new StringBuilder(64).append("w").append(workspace.version())
                .append("/c").append(client.version())
                .append("/l").append(Letterhead.locale(workspace, client).toLanguageTag());
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

    /**
     * A short fingerprint (16 hex digits of a SHA-256) of printed texts that have no version of their own, such as
     * a signer's name and email: a key part that changes whenever any of them does, however long they are.
     */
    static String fingerprint(Iterable<String> texts) {
        StringBuilder joined = new StringBuilder(128);
        for (String text : texts) {
            // length-prefixed, so no two different lists join to the same text
            joined.append(text.length()).append(':').append(text).append(';');
        }
        return ContentHash.ofText(joined.toString()).hex().substring(0, 16);
    }
}
