package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.workspace.Workspace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;

/**
 * A client statement as printed: the period, opening and closing balance and every invoice, payment, credit,
 * refund and void in between.
 *
 * @param key         what its rendering is cached under; a statement has no version, so its content is
 *                    fingerprinted instead
 * @param letterhead  the issuing business
 * @param billTo      the client
 * @param statement   the statement
 * @param generatedAt when the document was put together
 */
public record StatementDocument(DocumentKey key, Letterhead letterhead, BillTo billTo, Statement statement,
                                Instant generatedAt) implements PrintableDocument {

    /**
     * Requires every part.
     *
     * @param key         what its rendering is cached under; a statement has no version, so its content is
     *                    fingerprinted instead
     * @param letterhead  the issuing business
     * @param billTo      the client
     * @param statement   the statement
     * @param generatedAt when the document was put together
     */
    public StatementDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The document of a client statement.
     *
     * @param workspace   the workspace issuing it, for its letterhead, branding and time zone
     * @param client      the client it is addressed to, for its billing block
     * @param statement   the statement of the client's account
     * @param logos       where the workspace logo is loaded from when the document is laid out
     * @param generatedAt when the document is put together, from the portal's clock
     * @return the printable statement
     */
    public static StatementDocument of(Workspace workspace, Client client, Statement statement, LogoSource logos,
                                       Instant generatedAt) {
        DocumentKey key = new DocumentKey(workspace.id(), "statement/" + client.id() + "/" + statement.currency()
                + "/" + statement.from() + "/" + statement.to(), fingerprint(statement), workspace.brandingVersion(),
                Keys.variant(workspace, client));
        return new StatementDocument(key, Letterhead.of(workspace, client, logos), BillTo.of(client), statement,
                generatedAt);
    }

    /** The first 64 bits of a SHA-256 over every figure of the statement: changes whenever any line does. */
    static long fingerprint(Statement statement) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        StringBuilder text = new StringBuilder(64 + statement.lines().size() * 48)
                .append(statement.openingBalance()).append('|').append(statement.closingBalance());
        for (StatementLine line : statement.lines()) {
            text.append('\n').append(line.date()).append('|').append(line.kind()).append('|')
                    .append(line.reference()).append('|').append(line.amount().minorUnits()).append('|')
                    .append(line.balance().minorUnits());
        }
        return ByteBuffer.wrap(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8))).getLong();
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.STATEMENT;
    }

    /** The period, e.g. {@code 2026-01-01 – 2026-03-31}. */
    @Override
    public String reference() {
        return statement.from() + " – " + statement.to();
    }

    @Override
    public String baseName() {
        return Keys.fileName("statement-", statement.from() + "-" + statement.to(), kind());
    }
}
