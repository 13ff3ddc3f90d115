package dev.clientportal.examples.springhost;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.HttpStatuses;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Turns the portal's refusals into friendly pages with the HTTP status of their kind: anything outside the caller's
 * scope is a 404 exactly like something that does not exist, and the error code goes into the page's
 * {@code data-error-code} attribute for support. The developer message (field, value, rule) is logged, not shown.
 */
@ControllerAdvice
class PortalErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrorPages.class);
    private static final Formats FORMATS = new Formats();

    private final String uploadLimit;
    PortalErrorPages(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.uploadLimit = maxFileSize.toMegabytes() + " MB";
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return FORMATS;
    }

    /** The multipart limit, which the files page states, and the error page when Tomcat answers 413 to a larger one. */
    @ModelAttribute("uploadLimit")
    String uploadLimit() {
        return uploadLimit;
    }

    /** Pages that belong to no workspace, Spring's own error page among them, look neutral unless a page says. */
    @ModelAttribute("look")
    WorkspaceLook neutralLook() {
        return WorkspaceLook.NEUTRAL;
    }

    @ExceptionHandler(PortalException.class)
    String refused(PortalException e, HttpServletResponse response, Model model) {
        HttpStatus status = HttpStatus.valueOf(HttpStatuses.of(e.kind()));
        if (status.is5xxServerError()) {
            LOG.warn("portal call failed: {}", e.getMessage(), e);
        } else {
            LOG.debug("portal refused: {}", e.getMessage());
        }
        response.setStatus(status.value());
        model.addAttribute("look", WorkspaceLook.NEUTRAL);
        model.addAttribute("status", status.value());
        model.addAttribute("title", titleOf(e));
        model.addAttribute("explanation", explanationOf(e));
        model.addAttribute("errorCode", e.code());
        return "error";
    }

    private static String titleOf(PortalException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> "Page not found";
            case UNAUTHENTICATED -> "This link no longer works";
            case RATE_LIMITED -> "Too many attempts";
            case UNAVAILABLE -> "Temporarily unavailable";
            case FORBIDDEN -> "Not allowed";
            default -> "That did not work";
        };
    }

    private static String explanationOf(PortalException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> "There is nothing here, or it is not shared with you.";
            case UNAUTHENTICATED -> "Sign-in and document links work for a limited time, and a sign-in link works "
                    + "once. Ask for a new sign-in link, or ask the business for a new document link.";
            case RATE_LIMITED -> "Please wait a few minutes before trying again.";
            case UNAVAILABLE -> "Something the portal depends on did not answer. Please try again in a moment.";
            case FORBIDDEN -> "Your access does not allow this.";
            default -> "The request could not be completed. If it keeps happening, tell the business the code below.";
        };
    }
}
