package dev.clientportal.examples.springhost;

import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.examples.demo.BareDashboard;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The bare page of the wrk benchmark ({@code portal-benchmarks/wrk/hosts.sh}), only with
 * {@code portal.benchmark.bare-page=true}: the dashboard's own template, layout and fragments over a dashboard made
 * in memory ({@link BareDashboard}), with no sign-in and no data access, so that the web stack's own cost can be
 * measured beside the real dashboard.
 */
@Controller
@ConditionalOnProperty(name = "portal.benchmark.bare-page", havingValue = "true")
class BarePageController {

    /** Where the bare page is served. */
    static final String PATH = "/bench/bare-page";

    private static final WorkspaceLook LOOK = new WorkspaceLook(
            WorkspaceId.of("0b4e0000-0000-4000-8000-000000000000"), "Bench Studio", null, 1);

    @GetMapping(PATH)
    String barePage(Model model) {
        ClientDashboard dashboard = BareDashboard.typical(LocalDate.now(ZoneOffset.UTC));
        List<InvoiceSummary> overdue = dashboard.openInvoices().stream().filter(InvoiceSummary::overdue).toList();
        List<InvoiceSummary> due = dashboard.openInvoices().stream().filter(invoice -> !invoice.overdue()).toList();
        model.addAttribute("look", LOOK);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("overdue", overdue);
        model.addAttribute("due", due);
        model.addAttribute("payFirst", overdue.isEmpty() ? due.stream().findFirst() : Optional.of(overdue.get(0)));
        model.addAttribute("quotes", List.of());
        model.addAttribute("agreements", List.of());
        return "dashboard";
    }
}
