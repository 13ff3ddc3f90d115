package dev.clientportal.core.project;

import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

/**
 * An update staff post to a client's feed.
 *
 * @param text       plain text, 1 to {@value FeedEntry#MAX_TEXT} characters
 * @param needsInput whether the client is asked for input
 * @param projectId  the project it is about, of the same client; {@code null} for the client as a whole
 */
public record PostUpdate(String text, boolean needsInput, @Nullable ProjectId projectId) {

    /**
     * Checks the text.
     *
     * @param text plain text, 1 to {@value FeedEntry#MAX_TEXT} characters
     * @param needsInput whether the client is asked for input
     * @param projectId the project it is about, of the same client; {@code null} for the client as a whole
     * @throws PortalException {@code REQUIRED} or {@code INVALID_VALUE} for a blank or too long text
     */
    public PostUpdate {
        text = PortalException.requireText(text, "feed.text", FeedEntry.MAX_TEXT);
    }

    /**
     * An update about the client as a whole that asks for nothing.
     *
     * @param text the text
     * @return the command
     */
    public static PostUpdate of(String text) {
        return new PostUpdate(text, false, null);
    }

    /**
     * This update about a project.
     *
     * @param project the project
     * @return the command about {@code project}
     */
    public PostUpdate about(ProjectId project) {
        return new PostUpdate(text, needsInput, PortalException.requireField(project, "projectId"));
    }

    /**
     * This update asking the client for input.
     *
     * @return the command with the flag set
     */
    public PostUpdate needingInput() {
        return new PostUpdate(text, true, projectId);
    }
}
