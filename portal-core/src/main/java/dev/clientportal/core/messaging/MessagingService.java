package dev.clientportal.core.messaging;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

final class MessagingService implements Messaging {

    /** Two people posting to one thread at once is normal; a post retries when it lost the race for a number. */
    private static final int POST_ATTEMPTS = 3;
    private static final int MAX_PAGE = 200;

    private final MessageThreadRepository threads;
    private final MessageStore messages;
    private final ClientRepository clients;
    private final FileRepository files;
    private final DocumentCatalog documents;
    private final PortalRuntime runtime;

    MessagingService(MessageThreadRepository threads, MessageStore messages, ClientRepository clients,
                     FileRepository files, DocumentCatalog documents, PortalRuntime runtime) {
        this.threads = threads;
        this.messages = messages;
        this.clients = clients;
        this.files = files;
        this.documents = documents;
        this.runtime = runtime;
    }

    @Override
    public MessageThread startThread(StaffPrincipal principal, ClientId clientId, NewThread thread) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(thread, "thread");
        return start(principal.workspaceId(), PortalException.requireField(clientId, "clientId"), thread,
                principal.actor(), null);
    }

    @Override
    public MessageThread startThread(PortalPrincipal principal, NewThread thread) {
        requireClientWide(principal);
        PortalException.requireField(thread, "thread");
        return start(principal.workspaceId(), principal.clientId(), thread, principal.actor(), principal);
    }

    /** Starts a thread as the business ({@code contributor} null) or as a client principal, checked in the transaction. */
    private MessageThread start(WorkspaceId workspaceId, ClientId clientId, NewThread request, String author,
                                @Nullable PortalPrincipal contributor) {
        return runtime.execute(events -> {
            if (contributor != null) {
                contributor.requireAllowed(PortalAction.CONTRIBUTE);
            }
            Client client = clients.require(workspaceId, clientId).requireActive();
            request.about().ifPresent(document -> {
                DocumentInfo info = documents.require(workspaceId, document);
                if (!info.clientId().equals(client.id())) {
                    throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "document", document);
                }
            });
            requireAttachments(workspaceId, client.id(), request.first());
            Instant now = runtime.clock().instant();
            MessageThread thread = threads.save(new MessageThread(new MessageThreadId(runtime.ids().next()),
                    workspaceId, client.id(), request.subject(), request.about(), request.project(), author, now, now,
                    0, 0));
            runtime.audit().record(workspaceId, author, "thread.started", "thread", thread.id().toString(),
                    Map.of("client", client.id().toString()), Map.of("subject", thread.subject()));
            return append(thread, author, request.first(), events);
        }).thread();
    }

    @Override
    public Message post(StaffPrincipal principal, MessageThreadId threadId, MessageContent content) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(content, "content");
        return postWithRetry(principal.workspaceId(), threadId, null, content, principal.actor());
    }

    @Override
    public Message post(PortalPrincipal principal, MessageThreadId threadId, MessageContent content) {
        requireClientWide(principal);
        PortalException.requireField(content, "content");
        return postWithRetry(principal.workspaceId(), threadId, principal, content, principal.actor());
    }

    /**
     * Posts as the business ({@code client} null) or as a client principal. A client's role is checked only once its
     * thread is found: another client's thread answers THREAD_NOT_FOUND, as a thread that does not exist.
     */
    private Message postWithRetry(WorkspaceId workspaceId, MessageThreadId threadId, @Nullable PortalPrincipal client,
                                  MessageContent content, String author) {
        boolean hostTransaction = runtime.transactionOpen();
        for (int attempt = 1; ; attempt++) {
            try {
                return runtime.execute(events -> {
                    MessageThread thread = load(workspaceId, threadId, client == null ? null : client.clientId());
                    if (client != null) {
                        client.requireAllowed(PortalAction.CONTRIBUTE);
                    }
                    requireAttachments(workspaceId, thread.clientId(), content);
                    return append(thread, author, content, events).message();
                });
            } catch (PortalException e) {
                // the runtime already retries CONCURRENT_MODIFICATION; a racing insert of the same sequence number
                // surfaces as DUPLICATE_KEY when the adapter writes the message before the thread's version check
                if (e.errorCode() != ErrorCode.DUPLICATE_KEY || hostTransaction || attempt == POST_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Appends a message as the thread's next one; the thread's version guards the sequence number. */
    private Posted append(MessageThread thread, String author, MessageContent content,
                          PortalRuntime.EventSink events) {
        Instant now = runtime.clock().instant();
        MessageThread updated = threads.save(thread.withMessageAt(now));
        Message message = new Message(new MessageId(runtime.ids().next()), thread.workspaceId(), thread.id(),
                updated.messageCount(), author, content.body(), content.attachments(), now);
        messages.append(message);
        messages.markRead(thread.workspaceId(), thread.id(), author, message.sequence());
        runtime.audit().record(thread.workspaceId(), author, "message.posted", "thread", thread.id().toString(),
                Map.of("message", message.id().toString(), "sequence", Integer.toString(message.sequence()),
                        "attachments", Integer.toString(message.attachments().size())));
        events.raise(new MessagePosted(runtime.ids().next(),
                thread.workspaceId(), thread.clientId(), thread.id(), message.id(),
                message.sequence(), author, now));
        return new Posted(updated, message);
    }

    private void requireAttachments(WorkspaceId workspaceId, ClientId clientId, MessageContent content) {
        for (FileId fileId : content.attachments()) {
            files.find(workspaceId, fileId).filter(SharedFile::present).filter(file -> file.clientId().equals(clientId))
                    .orElseThrow(() -> PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "file", fileId));
        }
    }

    @Override
    public List<ThreadSummary> threads(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(clientId, "clientId");
        return runtime.execute(events -> {
            Client client = clients.require(principal.workspaceId(), clientId);
            return summaries(client.workspaceId(), client.id(), principal.actor());
        });
    }

    @Override
    public List<ThreadSummary> threads(PortalPrincipal principal) {
        PortalException.requireField(principal, "principal");
        if (principal.channel() == AccessChannel.DOCUMENT_LINK) {
            return List.of();
        }
        return runtime.execute(events -> summaries(principal.workspaceId(), principal.clientId(),
                principal.viewerKey()));
    }

    private List<ThreadSummary> summaries(WorkspaceId workspaceId, ClientId clientId, String participant) {
        Map<MessageThreadId, Integer> unread = messages.unreadCounts(workspaceId, clientId, participant);
        return threads.forClient(workspaceId, clientId).stream()
                .map(thread -> new ThreadSummary(thread, unread.getOrDefault(thread.id(), 0))).toList();
    }

    @Override
    public List<Message> messages(StaffPrincipal principal, MessageThreadId threadId, int afterSequence, int limit) {
        PortalException.requireField(principal, "principal");
        requirePage(afterSequence, limit);
        return runtime.execute(events -> messages.messages(principal.workspaceId(),
                load(principal.workspaceId(), threadId, null).id(), afterSequence, limit));
    }

    @Override
    public List<Message> messages(PortalPrincipal principal, MessageThreadId threadId, int afterSequence, int limit) {
        requireClientWide(principal);
        requirePage(afterSequence, limit);
        return runtime.execute(events -> messages.messages(principal.workspaceId(),
                load(principal.workspaceId(), threadId, principal.clientId()).id(), afterSequence, limit));
    }

    @Override
    public void markRead(StaffPrincipal principal, MessageThreadId threadId, int upToSequence) {
        PortalException.requireField(principal, "principal");
        runtime.run(events -> {
            MessageThread thread = load(principal.workspaceId(), threadId, null);
            messages.markRead(thread.workspaceId(), thread.id(), principal.actor(),
                    Math.min(upToSequence, thread.messageCount()));
        });
    }

    @Override
    public void markRead(PortalPrincipal principal, MessageThreadId threadId, int upToSequence) {
        requireClientWide(principal);
        runtime.run(events -> {
            MessageThread thread = load(principal.workspaceId(), threadId, principal.clientId());
            messages.markRead(thread.workspaceId(), thread.id(), principal.viewerKey(),
                    Math.min(upToSequence, thread.messageCount()));
        });
    }

    @Override
    public int unreadCount(PortalPrincipal principal) {
        PortalException.requireField(principal, "principal");
        if (principal.channel() == AccessChannel.DOCUMENT_LINK) {
            return 0;
        }
        return runtime.execute(events -> messages.unreadCounts(principal.workspaceId(), principal.clientId(),
                principal.viewerKey()).values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The thread, if it is in the workspace and (for client principals) belongs to their client. */
    private MessageThread load(WorkspaceId workspaceId, MessageThreadId threadId, @Nullable ClientId clientScope) {
        PortalException.requireField(threadId, "threadId");
        return threads.find(workspaceId, threadId)
                .filter(thread -> clientScope == null || thread.clientId().equals(clientScope))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.THREAD_NOT_FOUND, "thread", threadId));
    }

    private static void requireClientWide(PortalPrincipal principal) {
        PortalException.requireField(principal, "principal");
        if (principal.channel() == AccessChannel.DOCUMENT_LINK) {
            throw PortalException.notFound(ErrorCode.THREAD_NOT_FOUND, "page", "messages");
        }
    }

    private static void requirePage(int afterSequence, int limit) {
        if (afterSequence < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "afterSequence", afterSequence,
                    "must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and " + MAX_PAGE);
        }
    }

    private record Posted(MessageThread thread, Message message) {
    }
}
