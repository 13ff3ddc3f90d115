package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.clientview.Page;
import dev.clientportal.examples.demo.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The signed-in contact's pages: the dashboard, the invoice list, an invoice and its PDF. */
@Controller
class ClientPagesController {

    private static final int PAGE_SIZE = 20;

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    private final InvoicePages invoices;
    private final SpringTransactions transactions;
    ClientPagesController(ClientPortal portal, InvoicePages invoices, WorkspaceLooks looks,
                          SpringTransactions transactions) {
        this.portal = portal;
        this.invoices = invoices;
        this.looks = looks;
        this.transactions = transactions;
    }

    /**
     * The dashboard reads in one read-only transaction: core's dashboard, quotes and agreements join it rather than
     * each taking a transaction (and a pooled connection) of its own, and a look not remembered yet is read from the
     * workspace core has just loaded in it.
     */
    @GetMapping("/portal")
    String dashboard(@AuthenticationPrincipal ContactPrincipal contact, Model model) {
        return transactions.inReadOnlyTransaction(() -> {
            ClientDashboard dashboard = portal.clientViews().dashboard(contact);
            List<InvoiceSummary> overdue = dashboard.openInvoices().stream().filter(InvoiceSummary::overdue)
                    .toList();
            List<InvoiceSummary> due = dashboard.openInvoices().stream().filter(invoice -> !invoice.overdue())
                    .toList();
            model.addAttribute("look", looks.of(contact.workspaceId()));
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("overdue", overdue);
            model.addAttribute("due", due);
            model.addAttribute("payFirst", overdue.isEmpty() ? due.stream().findFirst() : Optional.of(overdue.get(0)));
            model.addAttribute("quotes", portal.quotes().list(contact));
            model.addAttribute("agreements", portal.agreements().list(contact));
            return "dashboard";
        });
    }

    @GetMapping("/portal/invoices")
    String invoiceList(@AuthenticationPrincipal ContactPrincipal contact,
                       @RequestParam(name = "show", defaultValue = "") String show,
                       @RequestParam(name = "offset", defaultValue = "0") int offset, Model model) {
        Set<InvoiceListQuery.Show> states = states(show);
        Page<InvoiceSummary> page = portal.clientViews().invoices(contact,
                new InvoiceListQuery(states, Math.max(0, offset), PAGE_SIZE));
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("page", page);
        model.addAttribute("show", states.size() == 1 ? states.iterator().next().name() : "");
        model.addAttribute("filters", InvoiceListQuery.Show.values());
        return "invoices";
    }

    @GetMapping("/portal/invoices/{invoice}")
    String invoice(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("invoice") String invoice,
                   HttpServletRequest request, Model model) {
        return invoices.show(contact, PathIds.invoice(invoice), "/portal/invoices/" + invoice + "/pdf", request, model);
    }

    @GetMapping("/portal/invoices/{invoice}/pdf")
    ResponseEntity<byte[]> invoicePdf(@AuthenticationPrincipal ContactPrincipal contact,
                                      @PathVariable("invoice") String invoice) {
        return invoices.pdf(contact, PathIds.invoice(invoice));
    }

    /** The states a filter names; an unknown name shows everything rather than failing the page. */
    private static Set<InvoiceListQuery.Show> states(String show) {
        String name = show.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(InvoiceListQuery.Show.values())
                .filter(state -> state.name().equals(name))
                .findFirst()
                .map(Set::of)
                .orElse(Set.of());
    }
}
