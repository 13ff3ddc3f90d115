package dev.clientportal.examples.springhost;

import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.ClientPortal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The business's side of the host, as small as a billing app would start it: staff sign in with their email and
 * password at {@code /staff/sign-in} and reach {@code /staff}, which links to the accountant's exports.
 */
@Controller
class StaffController {

    private final ClientPortal portal;
    private final StaffDirectory directory;

    StaffController(ClientPortal portal, StaffDirectory directory) {
        this.portal = portal;
        this.directory = directory;
    }

    @GetMapping("/staff/sign-in")
    String signInForm(Model model) {
        model.addAttribute("look", WorkspaceLook.NEUTRAL);
        return "staff-sign-in";
    }

    @PostMapping("/staff/sign-in")
    String signIn(@RequestParam(name = "email", defaultValue = "") String email,
                  @RequestParam(name = "password", defaultValue = "") String password, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Optional<StaffPrincipal> staff = directory.signIn(email, password);
        if (staff.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("look", WorkspaceLook.NEUTRAL);
            model.addAttribute("email", email);
            model.addAttribute("problem", "That email address and password do not match a staff account.");
            return "staff-sign-in";
        }
        StaffSessions.start(staff.get(), request);
        return "redirect:/staff";
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("look", WorkspaceLook.of(portal, staff.workspaceId()));
        model.addAttribute("staff", staff.user());
        model.addAttribute("from", today.withDayOfYear(1).minusYears(1));
        model.addAttribute("to", today);
        model.addAttribute("kinds", ExportController.KINDS);
        return "staff";
    }

    @PostMapping("/staff/sign-out")
    String signOut(HttpServletRequest request) {
        StaffSessions.end(request);
        return "redirect:/staff/sign-in";
    }
}
