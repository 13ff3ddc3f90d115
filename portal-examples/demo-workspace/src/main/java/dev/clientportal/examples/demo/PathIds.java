package dev.clientportal.examples.demo;

import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.quote.QuoteId;

import java.util.function.Function;

/**
 * Ids from URL paths, for every example host: a path segment that is no id names nothing, so it answers not found,
 * like an id of a document outside the caller's scope.
 */
public final class PathIds {

    private static final int MAX_ECHO = 40;

    private PathIds() {
    }

    /**
     * A workspace id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code workspace.not_found} when the segment is no workspace id
     */
    public static WorkspaceId workspace(String text) {
        return parse(text, WorkspaceId::of, ErrorCode.WORKSPACE_NOT_FOUND, "workspace");
    }

    /**
     * An invoice id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code invoice.not_found} when the segment is no invoice id
     */
    public static InvoiceId invoice(String text) {
        return parse(text, InvoiceId::of, ErrorCode.INVOICE_NOT_FOUND, "invoice");
    }

    /**
     * A payment id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code payment.not_found} when the segment is no payment id
     */
    public static PaymentId payment(String text) {
        return parse(text, PaymentId::of, ErrorCode.PAYMENT_NOT_FOUND, "payment");
    }

    /**
     * A client id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code client.not_found} when the segment is no client id
     */
    public static ClientId client(String text) {
        return parse(text, ClientId::of, ErrorCode.CLIENT_NOT_FOUND, "client");
    }

    /**
     * A contact id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code contact.not_found} when the segment is no contact id
     */
    public static ContactId contact(String text) {
        return parse(text, ContactId::of, ErrorCode.CONTACT_NOT_FOUND, "contact");
    }

    /**
     * A deliverable id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code deliverable.not_found} when the segment is no deliverable id
     */
    public static DeliverableId deliverable(String text) {
        return parse(text, DeliverableId::of, ErrorCode.DELIVERABLE_NOT_FOUND, "deliverable");
    }

    /**
     * A quote revision's id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code quote.not_found} when the segment is no quote id
     */
    public static QuoteId quote(String text) {
        return parse(text, QuoteId::of, ErrorCode.QUOTE_NOT_FOUND, "quote");
    }

    /**
     * An agreement id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code agreement.not_found} when the segment is no agreement id
     */
    public static AgreementId agreement(String text) {
        return parse(text, AgreementId::of, ErrorCode.AGREEMENT_NOT_FOUND, "agreement");
    }

    /**
     * A deliverable version's id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code deliverable.not_found} when the segment is no version id
     */
    public static DeliverableVersionId deliverableVersion(String text) {
        return parse(text, DeliverableVersionId::of, ErrorCode.DELIVERABLE_NOT_FOUND, "deliverable version");
    }

    /**
     * A library file's id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code file.not_found} when the segment is no file id
     */
    public static FileId file(String text) {
        return parse(text, FileId::of, ErrorCode.FILE_NOT_FOUND, "file");
    }

    /**
     * A message thread's id from a path.
     *
     * @param text the path segment
     * @return the id
     * @throws PortalException {@code thread.not_found} when the segment is no thread id
     */
    public static MessageThreadId thread(String text) {
        return parse(text, MessageThreadId::of, ErrorCode.THREAD_NOT_FOUND, "thread");
    }

    private static <T> T parse(String text, Function<String, T> parser, ErrorCode notFound, String subject) {
        try {
            return parser.apply(text);
        } catch (PortalException e) {
            throw PortalException.notFound(notFound, subject, text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO)
                    : text);
        }
    }
}
