package dev.clientportal.core.messaging;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.files.FileId;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What someone writes: plain text and optional attachments from the client's library.
 *
 * @param body        the text, 1 to 20,000 characters
 * @param attachments library files to attach, at most 20, no {@code null} element
 */
public record MessageContent(String body, List<FileId> attachments) {

    private static final int MAX_BODY = InputLimits.BODY;
    private static final int MAX_ATTACHMENTS = 20;

    /**
     * Validates the text and attachments.
     *
     * @param body        the text, 1 to 20,000 characters
     * @param attachments library files to attach, at most 20, no {@code null} element
     */
    public MessageContent {
        body = PortalException.requireText(body, "body", MAX_BODY);
        attachments = List.copyOf(new LinkedHashSet<>(PortalException.elements(attachments, "attachments",
                InputLimits.LIST)));
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "attachments", attachments.size(),
                    "at most " + MAX_ATTACHMENTS + " files per message");
        }
    }

    /**
     * Text without attachments.
     *
     * @param body the text, 1 to 20,000 characters
     * @return the content, without attachments
     */
    public static MessageContent text(String body) {
        return new MessageContent(body, List.of());
    }

    /**
     * This message with files attached.
     *
     * @param files library files of the client to attach, at most 20 in all
     * @return a copy of this content with exactly these attachments
     */
    public MessageContent attach(FileId... files) {
        return new MessageContent(body, files == null ? List.of() : Arrays.asList(files));
    }
}
