package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceAppearance;
import dev.clientportal.examples.demo.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

/**
 * Magic-link sign-in: a contact asks for a link by email (the page answers the same whatever the address), the link
 * opens a page whose "Continue" button redeems it on POST (so an email scanner fetching the link does not use it up),
 * and the redeemed link starts the portal session.
 */
@Controller
class SignInController {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;

    SignInController(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.looks = looks;
    }

    @GetMapping("/w/{workspace}/sign-in")
    String requestForm(@PathVariable("workspace") String workspace, Model model) {
        model.addAttribute("look", looks.of(PathIds.workspace(workspace)));
        return "sign-in";
    }

    @PostMapping("/w/{workspace}/sign-in")
    String requestLink(@PathVariable("workspace") String workspace,
                       @RequestParam(name = "email", defaultValue = "") String email, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        WorkspaceId workspaceId = PathIds.workspace(workspace);
        model.addAttribute("look", looks.of(workspaceId));
        model.addAttribute("email", email);
        try {
            // the portal mails a link to each contact with this address; the page never says whether there was one
            portal.access().requestSignIn(workspaceId, email, PortalSessions.clientRequest(request));
        } catch (PortalException e) {
            if (e.kind() == ErrorCode.Kind.INVALID_INPUT) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("problem", "Please enter an email address, like ana@example.com.");
                model.addAttribute("errorCode", e.code());
                return "sign-in";
            }
            throw e;
        }
        return "sign-in-sent";
    }

    @GetMapping("/sign-in")
    String continuePage(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("look", WorkspaceLook.NEUTRAL);
        model.addAttribute("token", token);
        return "sign-in-continue";
    }

    @PostMapping("/sign-in")
    String redeem(@RequestParam(name = "token", defaultValue = "") String token, HttpServletRequest request,
                  HttpServletResponse response) {
        SignedIn signedIn = portal.access().signIn(token, PortalSessions.clientRequest(request));
        PortalSessions.start(signedIn, request, response);
        return "redirect:/portal";
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        PortalSessions.end(portal, request, response);
        return "redirect:/";
    }

    @GetMapping(value = "/w/{workspace}/theme.css", produces = "text/css")
    ResponseEntity<String> theme(@PathVariable("workspace") String workspace) {
        WorkspaceAppearance found = portal.workspaces().appearance(PathIds.workspace(workspace));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(WorkspaceLook.themeCss(found));
    }
}
