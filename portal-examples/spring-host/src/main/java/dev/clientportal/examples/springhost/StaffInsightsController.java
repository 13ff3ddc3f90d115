package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.DaysSalesOutstanding;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the business watches: the follow-up list (who to chase and why), receivables aged by bucket with days sales
 * outstanding over a period, and the audit trail with a check of its hash chain. All read-only.
 */
@Controller
class StaffInsightsController {

    /** Audit entries per page, newest first. */
    static final int AUDIT_PAGE = 50;
    /** The DSO period the page opens with: the last 90 days. */
    static final int DSO_DAYS = 90;

    private final ClientPortal portal;

    StaffInsightsController(ClientPortal portal) {
        this.portal = portal;
    }

    @GetMapping("/staff/follow-ups")
    String followUps(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        StaffForms.page(portal, staff, model);
        model.addAttribute("followUps", portal.analytics().followUps(staff));
        return "staff-follow-ups";
    }

    @GetMapping("/staff/receivables")
    String receivables(@AuthenticationPrincipal StaffPrincipal staff,
                       @RequestParam(name = "from", defaultValue = "") String from,
                       @RequestParam(name = "to", defaultValue = "") String to, Model model) {
        LocalDate today = LocalDate.now(portal.workspaces().get(staff).settings().timeZone());
        LocalDate last = to.isBlank() ? today : StaffInvoicesController.date(to, "to");
        LocalDate first = from.isBlank() ? last.minusDays(DSO_DAYS - 1L) : StaffInvoicesController.date(from, "from");
        AgingReport aging = portal.receivables().aging(staff, today);
        List<DaysSalesOutstanding> dso = new ArrayList<>();
        for (AgingAmounts total : aging.totals()) {
            dso.add(portal.receivables().daysSalesOutstanding(staff, total.currency(), first, last));
        }
        if (dso.isEmpty()) {
            CurrencyUnit currency = portal.workspaces().get(staff).settings().defaultCurrency();
            dso.add(portal.receivables().daysSalesOutstanding(staff, currency, first, last));
        }
        StaffForms.page(portal, staff, model);
        model.addAttribute("aging", aging);
        model.addAttribute("dso", dso);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        return "staff-receivables";
    }

    @GetMapping("/staff/audit")
    String audit(@AuthenticationPrincipal StaffPrincipal staff,
                 @RequestParam(name = "before", defaultValue = "0") long before,
                 @RequestParam(name = "verify", defaultValue = "false") boolean verify, Model model) {
        long head = portal.audit().checkpoint(staff).sequence();
        long last = before > 0 && before - 1 < head ? before - 1 : head;
        long first = Math.max(1, last - AUDIT_PAGE + 1);
        List<AuditEntry> entries = last < 1 ? List.of()
                : new ArrayList<>(portal.audit().entries(staff, first, (int) (last - first + 1)));
        Collections.reverse(entries);
        StaffForms.page(portal, staff, model);
        model.addAttribute("entries", entries);
        model.addAttribute("head", head);
        model.addAttribute("older", first > 1 ? first : 0);
        model.addAttribute("verification", verify ? Optional.of(portal.audit().verify(staff))
                : Optional.empty());
        return "staff-audit";
    }
}
