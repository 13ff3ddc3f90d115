package dev.clientportal.examples.micronauthost;

import dev.clientportal.examples.demo.DevMailbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The demo's mailbox as JSON: what the portal would have emailed, newest first, sign-in links included. Only with
 * {@code portal.dev-mailbox=true}; never in production, since anyone who can call it reads the links.
 */
@Controller("/dev/mailbox")
@Requires(property = "portal.dev-mailbox", value = "true")
class DevMailboxController {

    private final DevMailbox mailbox;

    DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    /**
     * One message.
     *
     * @param sentAt    when the portal handed it over
     * @param kind      what it is, e.g. {@code SIGN_IN_LINK}
     * @param recipient the address it went to
     * @param subject   its subject
     * @param links     the links in its body
     */
    @Serdeable
    record MailJson(Instant sentAt, String kind, String recipient, String subject, List<String> links) {
    }

    @Get
    List<MailJson> mails() {
        return mailbox.newestFirst().stream()
                .map(mail -> new MailJson(mail.sentAt(), mail.kind(), mail.recipient(), mail.subject(), mail.links()))
                .toList();
    }
}
