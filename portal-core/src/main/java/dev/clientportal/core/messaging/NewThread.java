package dev.clientportal.core.messaging;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.DocumentRef;

import java.util.Objects;
import java.util.Optional;

/**
 * Starts a thread with its first message.
 *
 * @param subject  what it is about, one line of 1 to 200 characters
 * @param about    the document it is about (it must belong to the client), if any
 * @param project  the project it is about, may be empty; one line of at most 200 characters
 * @param first    the first message
 */
public record NewThread(String subject, Optional<DocumentRef> about, String project, MessageContent first) {

    /**
     * Validates every field.
     *
     * @param subject what it is about, one line of 1 to 200 characters
     * @param about   the document it is about (it must belong to the client), if any
     * @param project the project it is about, may be empty; one line of at most 200 characters
     * @param first   the first message
     */
    public NewThread {
        subject = PortalException.requireLine(subject, "subject", InputLimits.NAME);
        about = Objects.requireNonNullElse(about, Optional.empty());
        project = PortalException.optionalLine(project, "project", InputLimits.REFERENCE);
        PortalException.requireField(first, "first");
    }

    /**
     * A thread about nothing in particular.
     *
     * @param subject what it is about, one line of 1 to 200 characters
     * @param first   the first message
     * @return a thread command about no document and no project
     */
    public static NewThread titled(String subject, MessageContent first) {
        return new NewThread(subject, Optional.empty(), "", first);
    }

    /**
     * A thread about one document.
     *
     * @param document the document it is about; it must belong to the client
     * @param subject  what it is about, one line of 1 to 200 characters
     * @param first    the first message
     * @return a thread command about that document
     */
    public static NewThread about(DocumentRef document, String subject, MessageContent first) {
        return new NewThread(subject, Optional.of(document), "", first);
    }
}
