package dev.clientportal.core.kernel;


import java.util.UUID;

/**
 * Points at one document of any type, e.g. {@code DocumentRef.of(DocumentType.INVOICE, invoiceId)}.
 *
 * @param type the kind of document
 * @param id   its id
 */
public record DocumentRef(DocumentType type, UUID id) {

    /**
     * Requires both parts.
     *
     * @param type the kind of document
     * @param id   its id
     */
    public DocumentRef {
        PortalException.requireField(type, "document.type");
        PortalException.requireField(id, "document.id");
    }

    /**
     * A reference from a typed id.
     *
     * @param type the kind of document
     * @param id   the document's id
     * @return the reference
     */
    public static DocumentRef of(DocumentType type, TypedId id) {
        PortalException.requireField(id, "document.id");
        return new DocumentRef(type, id.value());
    }

    /** The type and id, e.g. {@code INVOICE:0190…}. */
    @Override
    public String toString() {
        return type + ":" + id;
    }
}
