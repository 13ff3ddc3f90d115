package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.HttpStatuses;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.util.Set;

/**
 * What every staff page shares: the workspace's look and the signed-in address for the masthead, and the rule for a
 * refused form — bad input or a conflict is shown on the form itself with the portal's code (the call wrote nothing),
 * anything else (not found, wrong state) goes to the error pages.
 */
final class StaffForms {

    private static final Set<ErrorCode.Kind> SHOWN_ON_THE_FORM = Set.of(ErrorCode.Kind.INVALID_INPUT,
            ErrorCode.Kind.CONFLICT);

    private StaffForms() {
    }

    /**
     * Puts what the staff layout needs into a page's model.
     *
     * @param portal the portal
     * @param staff  who is signed in
     * @param model  the page's model
     */
    static void page(ClientPortal portal, StaffPrincipal staff, Model model) {
        model.addAttribute("look", WorkspaceLook.of(portal, staff.workspaceId()));
        model.addAttribute("staff", staff.user());
    }

    /**
     * Shows a refused form again with the reason, or passes the refusal on to the error pages.
     *
     * @param refused  what the portal answered
     * @param response the response, given the refusal's HTTP status
     * @param model    the form page's model, given {@code problem} and {@code errorCode}
     * @throws PortalException the refusal itself when it is not about the form's input
     */
    static void problem(PortalException refused, HttpServletResponse response, Model model) {
        if (!SHOWN_ON_THE_FORM.contains(refused.kind())) {
            throw refused;
        }
        response.setStatus(HttpStatuses.of(refused.kind()));
        String field = refused.field().map(name -> " (" + name + ")").orElse("");
        model.addAttribute("problem", refused.kind() == ErrorCode.Kind.CONFLICT
                ? "That clashes with something already recorded" + field + ". Nothing was saved."
                : "Please check the form" + field + ": it was not saved.");
        model.addAttribute("errorCode", refused.code());
    }
}
