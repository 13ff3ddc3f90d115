package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.ContactPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Optional;

/**
 * The front door: a signed-in contact goes to its dashboard; anyone else is told to use the link the business
 * sent, and in the demo where the demo workspace signs in.
 */
@Controller
class HomeController {

    private final Optional<DemoSeed> demo;

    HomeController(Optional<DemoSeed> demo) {
        this.demo = demo;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable ContactPrincipal contact, Model model) {
        if (contact != null) {
            return "redirect:/portal";
        }
        model.addAttribute("look", WorkspaceLook.NEUTRAL);
        model.addAttribute("demoSignIn", demo.flatMap(DemoSeed::workspaceId)
                .map(id -> "/w/" + id + "/sign-in").orElse(null));
        return "home";
    }
}
