package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.DocumentLinkPrincipal;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Per-document share links: {@code /d/<token>} opens exactly the document the link was made for, read-only and
 * without signing in. Every request opens the link again (an expired or revoked link stops at once), and core
 * scopes what the link's principal may see to that one document.
 */
@Controller
class DocumentLinkController {

    private final ClientPortal portal;
    private final InvoicePages invoices;

    DocumentLinkController(ClientPortal portal, InvoicePages invoices) {
        this.portal = portal;
        this.invoices = invoices;
    }

    @GetMapping("/d/{token}")
    String open(@PathVariable("token") String token, HttpServletRequest request, Model model) {
        DocumentLinkPrincipal link = portal.access().openDocumentLink(token, PortalSessions.clientRequest(request));
        if (link.document().type() != DocumentType.INVOICE) {
            // this host shows invoices only so far; other documents answer as unknown rather than half-shown
            throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "document", link.document().id());
        }
        InvoiceId invoiceId = InvoiceId.of(link.document().id().toString());
        return invoices.show(link, invoiceId, "/d/" + token + "/invoices/" + invoiceId + "/pdf", request, model);
    }

    @GetMapping("/d/{token}/invoices/{invoice}")
    String invoice(@PathVariable("token") String token, @PathVariable("invoice") String invoice,
                   HttpServletRequest request, Model model) {
        DocumentLinkPrincipal link = portal.access().openDocumentLink(token, PortalSessions.clientRequest(request));
        return invoices.show(link, PathIds.invoice(invoice), "/d/" + token + "/invoices/" + invoice + "/pdf", request,
                model);
    }

    @GetMapping("/d/{token}/invoices/{invoice}/pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable("token") String token, @PathVariable("invoice") String invoice,
                                      HttpServletRequest request) {
        DocumentLinkPrincipal link = portal.access().openDocumentLink(token, PortalSessions.clientRequest(request));
        return invoices.pdf(link, PathIds.invoice(invoice));
    }
}
