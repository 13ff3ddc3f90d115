package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.DevMailbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The demo's mailbox page: what the portal would have emailed, newest first. Only with {@code portal.dev-mailbox}. */
@Controller
@ConditionalOnProperty(name = "portal.dev-mailbox", havingValue = "true")
class DevMailboxController {

    private final DevMailbox mailbox;

    DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Model model) {
        model.addAttribute("look", WorkspaceLook.NEUTRAL);
        model.addAttribute("mails", mailbox.newestFirst());
        return "mailbox";
    }
}
