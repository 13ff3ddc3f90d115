package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;

/**
 * What an agreement version asks people to sign: a text body, or a file of the client's library identified by the
 * SHA-256 of its bytes, which the portal checks against the stored file. Signatures record {@link #hash()}, so anyone
 * holding the text or file can check it.
 */
public sealed interface AgreementDocument permits AgreementDocument.Text, AgreementDocument.FileReference {

    /**
     * The SHA-256 of exactly what is signed: the UTF-8 body, or the file's bytes.
     *
     * @return the SHA-256 of what is signed
     */
    ContentHash hash();

    /**
     * A short description for certificates, e.g. {@code text} or {@code file msa.pdf}.
     *
     * @return the description, e.g. {@code text} or {@code file msa.pdf}
     */
    String describe();

    /**
     * A text body, e.g. {@code AgreementDocument.text("Master services agreement …")}.
     *
     * @param body the full text, at most {@link Text#MAX_LENGTH} characters; kept exactly as given
     * @return a document of that text
     */
    static AgreementDocument text(String body) {
        return new Text(body);
    }

    /**
     * A file of the agreement's client library, as the business read it. When the agreement is drafted or edited the
     * file is looked up in the business's workspace and the agreement's client library: another workspace's or
     * client's file, a removed or unknown one answers {@code FILE_NOT_FOUND}, a hash that is not the stored file's
     * {@code INVALID_VALUE}, and the name recorded is the library's.
     *
     * @param fileId the library file
     * @param name   its file name
     * @param hash   the SHA-256 of its bytes, as the business read them
     * @return a document referring to that file
     */
    static AgreementDocument file(FileId fileId, String name, ContentHash hash) {
        return new FileReference(fileId, name, hash);
    }

    /**
     * A library file as listed, e.g. {@code AgreementDocument.file(portal.files().share(...))}.
     *
     * @param file the library file, as the library lists it
     * @return a document referring to that file, with its name and hash
     */
    static AgreementDocument file(SharedFile file) {
        PortalException.requireField(file, "document.file");
        return new FileReference(file.id(), file.name(), file.content().hash());
    }

    /**
     * A contract written as plain text (hosts escape it; nothing is rendered as HTML).
     *
     * @param body the full text; at most {@link #MAX_LENGTH} characters
     */
    record Text(String body) implements AgreementDocument {

        /** The longest body accepted. */
        public static final int MAX_LENGTH = 200_000;

        /**
         * Requires a body within the size limit; keeps it exactly as given, since its hash is signed.
         *
         * @param body the full text; at most {@link #MAX_LENGTH} characters
         */
        public Text {
            PortalException.requireText(body, "document.body");
            if (body.length() > MAX_LENGTH) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "document.body", body.length() + " characters",
                        "must be at most " + MAX_LENGTH + " characters");
            }
        }

        @Override
        public ContentHash hash() {
            return ContentHash.ofText(body);
        }

        @Override
        public String describe() {
            return "text";
        }
    }

    /**
     * A contract kept as a file.
     *
     * @param fileId the library file
     * @param name   its file name
     * @param hash   the SHA-256 of its bytes
     */
    record FileReference(FileId fileId, String name, ContentHash hash) implements AgreementDocument {

        /**
         * Requires every part.
         *
         * @param fileId the library file
         * @param name   its file name
         * @param hash   the SHA-256 of its bytes
         */
        public FileReference {
            PortalException.requireField(fileId, "document.fileId");
            name = PortalException.requireText(name, "document.name");
            PortalException.requireField(hash, "document.hash");
        }

        @Override
        public String describe() {
            return "file " + name;
        }
    }
}
