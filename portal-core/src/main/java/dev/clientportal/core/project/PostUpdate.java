package dev.clientportal.core.project;

import dev.clientportal.core.files.FileId;

import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * An update staff post to a client's feed.
 *
 * @param text       plain text, 1 to {@value FeedEntry#MAX_TEXT} characters
 * @param needsInput whether the client is asked for input
 * @param projectId  the project it is about, of the same client; {@code null} for the client as a whole
 * @param files      files of the client's library shown with the update, at most {@value FeedEntry#MAX_FILES}
 */
public record PostUpdate(String text, boolean needsInput, @Nullable ProjectId projectId, List<FileId> files) {

    /**
     * Checks the text.
     *
     * @param text plain text, 1 to {@value FeedEntry#MAX_TEXT} characters
     * @param needsInput whether the client is asked for input
     * @param projectId the project it is about, of the same client; {@code null} for the client as a whole
     * @param files files of the client's library shown with the update, at most {@value FeedEntry#MAX_FILES}
     * @throws PortalException {@code REQUIRED} or {@code INVALID_VALUE} for a blank or too long text or too many
     *         files
     */
    public PostUpdate {
        text = PortalException.requireText(text, "feed.text", FeedEntry.MAX_TEXT);
        files = FeedEntry.requireFiles(files);
    }

    /**
     * An update about the client as a whole that asks for nothing.
     *
     * @param text the text
     * @return the command
     */
    public static PostUpdate of(String text) {
        return new PostUpdate(text, false, null, List.of());
    }

    /**
     * This update about a project.
     *
     * @param project the project
     * @return the command about {@code project}
     */
    public PostUpdate about(ProjectId project) {
        return new PostUpdate(text, needsInput, PortalException.requireField(project, "projectId"), files);
    }

    /**
     * This update asking the client for input.
     *
     * @return the command with the flag set
     */
    public PostUpdate needingInput() {
        return new PostUpdate(text, true, projectId, files);
    }

    /**
     * This update with files of the client's library attached.
     *
     * @param attached the files, at most {@value FeedEntry#MAX_FILES} in all
     * @return the command with exactly these files
     */
    public PostUpdate attaching(FileId... attached) {
        return new PostUpdate(text, needsInput, projectId, attached == null ? List.of() : Arrays.asList(attached));
    }
}
