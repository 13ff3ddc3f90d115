package dev.clientportal.examples.demo;

import dev.clientportal.core.notification.Notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's outbox for email: keeps the latest notifications in memory for the {@code /dev/mailbox} page, so
 * sign-in links work without a mail server. Never a production sender: anyone who can open the page reads the links.
 */
public final class DevMailbox {

    /** How many messages the mailbox keeps; older ones drop out. */
    public static final int CAPACITY = 200;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final Deque<Mail> mails = new ArrayDeque<>();

    /** An empty mailbox. */
    public DevMailbox() {
    }

    /**
     * Keeps a notification as if it had been mailed; the portal's {@code NotificationSender} in the demo.
     *
     * @param notification what the portal sends
     */
    public void deliver(Notification notification) {
        Mail mail = new Mail(Instant.now(), notification.kind().name(), notification.recipient(),
                notification.subject(), notification.text(), links(notification.text()));
        synchronized (mails) {
            mails.addFirst(mail);
            while (mails.size() > CAPACITY) {
                mails.removeLast();
            }
        }
    }

    /**
     * The messages, newest first.
     *
     * @return a copy of the mailbox
     */
    public List<Mail> newestFirst() {
        synchronized (mails) {
            return List.copyOf(mails);
        }
    }

    private static List<String> links(String text) {
        Matcher matcher = LINK.matcher(text);
        ArrayList<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return List.copyOf(found);
    }

    /**
     * One delivered message.
     *
     * @param sentAt    when the portal handed it over
     * @param kind      what it is, e.g. {@code SIGN_IN_LINK}
     * @param recipient the address it went to
     * @param subject   its subject
     * @param text      its plain-text body
     * @param links     the links in the body, in order
     */
    public record Mail(Instant sentAt, String kind, String recipient, String subject, String text, List<String> links) {
    }
}
