package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The client's statement of a period: a form with the first and last day (this year so far unless chosen), and the
 * PDF core renders for the contact's own client. A missing or malformed day answers the friendly 400 page, a backwards
 * period core's {@code INVALID_PERIOD}.
 */
@Controller
class StatementPagesController {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    private final Clock clock;
    StatementPagesController(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.clock = Clock.systemUTC();
        this.looks = looks;
    }

    @GetMapping("/portal/statement")
    String form(@AuthenticationPrincipal ContactPrincipal contact, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("from", today.withDayOfYear(1));
        model.addAttribute("to", today);
        return "statement";
    }

    @GetMapping("/portal/statement.pdf")
    ResponseEntity<byte[]> statement(@AuthenticationPrincipal ContactPrincipal contact,
                                     @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        return InvoicePages.download(portal.documents().statement(contact, from, to, out), out);
    }
}
