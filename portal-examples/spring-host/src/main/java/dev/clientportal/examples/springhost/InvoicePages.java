package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.clientview.InvoiceDetail;
import dev.clientportal.core.document.RenderedDocument;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.payment.PayChoice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.io.ByteArrayOutputStream;

/**
 * The invoice page and its PDF, for whoever the portal lets see them: a signed-in contact or the holder of a
 * document link. Core scopes both; an invoice outside the principal's scope answers {@code invoice.not_found}.
 */
@Component
class InvoicePages {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    InvoicePages(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.looks = looks;
    }

    /**
     * Fills the invoice page's model and records the view, so the business sees who opened it: the invoice, its
     * payments with where each stands, and what "Pay now" would pay.
     *
     * @param principal who looks
     * @param invoiceId the invoice
     * @param pdfPath   where the page links its PDF
     * @param request   the request, recorded with the view
     * @param model     the page's model
     * @return the template
     */
    String show(PortalPrincipal principal, InvoiceId invoiceId, String pdfPath, HttpServletRequest request,
                Model model) {
        InvoiceDetail detail = portal.clientViews().invoice(principal, invoiceId,
                PortalSessions.clientRequest(request));
        model.addAttribute("look", looks.of(principal.workspaceId()));
        model.addAttribute("detail", detail);
        model.addAttribute("invoice", detail.invoice());
        model.addAttribute("summary", detail.summary());
        model.addAttribute("pdfPath", pdfPath);
        model.addAttribute("signedIn", principal instanceof ContactPrincipal);
        model.addAttribute("pay", PayChoice.offered(principal, detail.invoice()).stream().findFirst());
        return "invoice";
    }

    /**
     * The invoice as a PDF download, rendered with the workspace's branding.
     *
     * @param principal who downloads
     * @param invoiceId the invoice
     * @return the PDF response
     */
    ResponseEntity<byte[]> pdf(PortalPrincipal principal, InvoiceId invoiceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        return download(portal.documents().invoice(principal, invoiceId, out), out);
    }

    /**
     * A rendered document as a download.
     *
     * @param rendered what the renderer wrote: content type and file name
     * @param out      the bytes it wrote
     * @return the response
     */
    static ResponseEntity<byte[]> download(RenderedDocument rendered, ByteArrayOutputStream out) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendered.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(rendered.fileName()).build().toString())
                .body(out.toByteArray());
    }
}
