package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.files.ContentHash;

/**
 * Names the version a decision is made on — by number, or by the content hash the approver was shown — so that a
 * decision can never land on a version the approver has not seen.
 */
public sealed interface VersionPin permits VersionPin.ByNumber, VersionPin.ByHash {

    /**
     * The version with this number.
     *
     * @param number the version's number, from 1
     * @return a pin by number
     */
    static VersionPin number(int number) {
        return new ByNumber(number);
    }

    /**
     * The latest version with this content hash.
     *
     * @param hash the content hash the approver was shown
     * @return a pin by content hash
     */
    static VersionPin contentHash(ContentHash hash) {
        return new ByHash(hash);
    }

    /**
     * Whether a version is the one named.
     *
     * @param version a version of the deliverable
     * @return whether a version is the one named
     */
    boolean matches(DeliverableVersion version);

    /**
     * A version by number.
     *
     * @param number 1 or more
     */
    record ByNumber(int number) implements VersionPin {

        /**
         * Requires a positive number.
         *
         * @param number 1 or more
         */
        public ByNumber {
            if (number < 1) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "version", number,
                        "version numbers start at 1");
            }
        }

        @Override
        public boolean matches(DeliverableVersion version) {
            return version.number() == number;
        }

        @Override
        public String toString() {
            return "version " + number;
        }
    }

    /**
     * A version by content hash.
     *
     * @param hash the version's content hash
     */
    record ByHash(ContentHash hash) implements VersionPin {

        /**
         * Requires the hash.
         *
         * @param hash the version's content hash
         */
        public ByHash {
            PortalException.requireField(hash, "version.contentHash");
        }

        @Override
        public boolean matches(DeliverableVersion version) {
            return version.contentHash().equals(hash);
        }

        @Override
        public String toString() {
            return "version with content hash " + hash;
        }
    }
}
