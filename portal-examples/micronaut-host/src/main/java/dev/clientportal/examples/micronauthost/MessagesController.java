package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.MessageJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import dev.clientportal.examples.micronauthost.ApiJson.ThreadJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * The client's messages: its threads with the contact's unread counts, a thread's messages in order (cursor paging;
 * reading a page marks the thread read up to its last message, as opening it in a portal page would), and posting to
 * a thread, with files of the client's library attached. Threads of another client or workspace answer 404.
 */
@Controller("/api/portal/threads")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class MessagesController {

    private final ClientPortal portal;

    MessagesController(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * A message to post.
     *
     * @param body        the plain text; required
     * @param attachments ids of files in the client's library, at most 20
     */
    @Serdeable
    record NewMessage(@Nullable String body, @Nullable List<String> attachments) {
    }

    @Get
    List<ThreadJson> threads(@Parameter(hidden = true) ContactPrincipal contact) {
        return portal.messaging().threads(contact).stream().map(ThreadJson::of).toList();
    }

    @Get("/{id}/messages")
    PageJson<MessageJson> messages(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                                   @QueryValue(defaultValue = "50") int limit, @Nullable @QueryValue String cursor) {
        MessageThreadId threadId = PathIds.thread(id);
        // messages are numbered 1, 2, 3… in their thread, so the cursor's position is the last sequence shown
        Cursor at = Cursor.read(cursor, "messages|" + threadId);
        PageJson<MessageJson> page = at.page(limit,
                fetch -> portal.messaging().messages(contact, threadId, at.offset(), fetch), MessageJson::of);
        if (!page.items().isEmpty()) {
            portal.messaging().markRead(contact, threadId, page.items().get(page.items().size() - 1).sequence());
        }
        return page;
    }

    @Post("/{id}/messages")
    @Status(HttpStatus.CREATED)
    MessageJson post(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                     @Body NewMessage message) {
        List<FileId> attachments = message.attachments() == null ? List.of()
                : message.attachments().stream().map(FileId::of).toList();
        MessageContent content = new MessageContent(PortalException.requireField(message.body(), "body"),
                attachments);
        return MessageJson.of(portal.messaging().post(contact, PathIds.thread(id), content));
    }
}
