package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.messaging.ThreadSummary;
import dev.clientportal.examples.demo.PathIds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The client's messages: the threads with their unread counts, a thread's latest messages (opening it marks them
 * read), replying, and starting a new thread. Core scopes every call: another client's thread is not found, and a
 * read-only viewer may read but not write.
 */
@Controller
class MessagePagesController {

    /** How many messages a thread's page shows; earlier ones are a link away. */
    private static final int PAGE_SIZE = 50;

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    MessagePagesController(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.looks = looks;
    }

    @GetMapping("/portal/messages")
    String threads(@AuthenticationPrincipal ContactPrincipal contact, Model model) {
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("threads", portal.messaging().threads(contact));
        return "messages";
    }

    @PostMapping("/portal/messages")
    String startThread(@AuthenticationPrincipal ContactPrincipal contact,
                       @RequestParam(name = "subject", defaultValue = "") String subject,
                       @RequestParam(name = "body", defaultValue = "") String body) {
        MessageThread thread = portal.messaging().startThread(contact,
                NewThread.titled(subject, MessageContent.text(body)));
        return "redirect:/portal/messages/" + thread.id();
    }

    @GetMapping("/portal/messages/{thread}")
    String thread(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("thread") String thread,
                  @RequestParam(name = "after", defaultValue = "-1") int after, Model model) {
        MessageThreadId threadId = PathIds.thread(thread);
        ThreadSummary summary = portal.messaging().threads(contact).stream()
                .filter(candidate -> candidate.thread().id().equals(threadId))
                .findFirst()
                .orElse(null);
        int count = summary == null ? 0 : summary.thread().messageCount();
        int from = after < 0 ? Math.max(0, count - PAGE_SIZE) : Math.min(after, count);
        List<Message> messages = portal.messaging().messages(contact, threadId, from, PAGE_SIZE);
        if (!messages.isEmpty()) {
            portal.messaging().markRead(contact, threadId, messages.get(messages.size() - 1).sequence());
        }
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("thread", summary == null ? null : summary.thread());
        model.addAttribute("threadId", threadId);
        model.addAttribute("messages", messages);
        model.addAttribute("earlier", Math.max(0, from - PAGE_SIZE));
        model.addAttribute("hasEarlier", from > 0);
        model.addAttribute("me", contact.actor());
        return "thread";
    }

    @PostMapping("/portal/messages/{thread}")
    String reply(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("thread") String thread,
                 @RequestParam(name = "body", defaultValue = "") String body) {
        MessageThreadId threadId = PathIds.thread(thread);
        portal.messaging().post(contact, threadId, MessageContent.text(body));
        return "redirect:/portal/messages/" + threadId + "#reply";
    }
}
