package dev.clientportal.examples.springhost;

import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.notification.NotificationSender;
import jakarta.mail.Message;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.javamail.JavaMailSender;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Mails the portal's notifications through Spring's {@link JavaMailSender} (an SMTP server set with
 * {@code spring.mail.*}): from one configured address to the notification's recipient, with its subject and its
 * plain-text and HTML bodies as alternatives of one message.
 */
final class SmtpNotificationSender implements NotificationSender {

    private static final String CHARSET = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailSender;
    private final InternetAddress from;

    private SmtpNotificationSender(JavaMailSender mailSender, InternetAddress from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /**
     * A sender mailing from {@code from}; checked at start, so a host never starts with notifications that cannot go.
     *
     * @param mailSender Spring Boot's mail sender for {@code spring.mail.*}
     * @param from       {@code portal.mail.from}: one address, with an optional name
     * @return the sender
     * @throws IllegalStateException when {@code from} is empty or not one email address
     */
    static SmtpNotificationSender from(JavaMailSender mailSender, String from) {
        if (from.isBlank()) {
            throw new IllegalStateException("spring.mail.host is set but portal.mail.from is not: set the address "
                    + "notifications are sent from, e.g. portal.mail.from=Northwind Studio <billing@northwind.example>"
                    + ", or leave spring.mail.host unset");
        }
        try {
            InternetAddress[] addresses = InternetAddress.parse(from, true);
            if (addresses.length != 1) {
                throw new AddressException("more than one address", from);
            }
            addresses[0].validate();
            return new SmtpNotificationSender(mailSender, addresses[0]);
        } catch (AddressException e) {
            throw new IllegalStateException("portal.mail.from must be one email address, with an optional name, e.g. "
                    + "Northwind Studio <billing@northwind.example>; it is \"" + from + "\" (" + e.getMessage() + ")",
                    e);
        }
    }

    /**
     * Hands the notification to the SMTP server, once. A refused or unreachable server throws, as the portal expects
     * of a sender: it logs the failure, keeps its own result and records nothing as sent; nothing is retried here.
     *
     * @param notification the notification to mail
     * @throws org.springframework.mail.MailException when the message cannot be built or the server does not take it
     */
    @Override
    public void send(Notification notification) {
        mailSender.send(message -> {
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.recipient(), true));
            message.setSubject(notification.subject(), CHARSET);
            message.setSentDate(new Date());
            // RFC 3834: out-of-office replies are not sent back to a portal's automatic mail
            message.setHeader("Auto-Submitted", "auto-generated");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(notification.text(), CHARSET, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(notification.html(), CHARSET, "html");
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
        });
    }

    /** The sender address; never a body. */
    @Override
    public String toString() {
        return "SmtpNotificationSender[from=" + from + "]";
    }
}
