package dev.clientportal.core.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers notifications (email, usually): the host's mailer or a transactional-mail service. The portal calls it
 * only after the transaction that decided the notification has committed, never inside it, on the thread that
 * committed; a sender that throws is logged and the portal's result stands. Delivery is at most once: a host that
 * needs retries queues inside its sender.
 */
@FunctionalInterface
public interface NotificationSender {

    /**
     * Sends one notification to its recipient.
     *
     * @param notification the notification to deliver
     */
    void send(Notification notification);

    /**
     * Sends nothing and logs that it did not, without the bodies: the default, for hosts that email the links the
     * portal returns themselves.
     *
     * @return a sender that only logs
     */
    static NotificationSender none() {
        Logger log = LoggerFactory.getLogger(NotificationSender.class);
        return notification -> log.debug("no notification sender configured; not sent: {}", notification);
    }
}
