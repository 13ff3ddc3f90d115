package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.LineItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The business's invoices: every client's in one list with a status filter, a new draft with its lines (priced in
 * the client's currency, one tax rate for the lines, a due date), issuing it and voiding it. The invoice page itself,
 * with payments and engagement, is {@link StaffInvoicePage}'s.
 */
@Controller
class StaffInvoicesController {

    static final int PAGE_SIZE = 50;
    /** Line rows the new-invoice form offers; rows left blank are not lines. */
    static final int LINE_ROWS = 4;

    private final ClientPortal portal;
    private final StaffInvoicePage page;

    StaffInvoicesController(ClientPortal portal, StaffInvoicePage page) {
        this.portal = portal;
        this.page = page;
    }

    @GetMapping("/staff/invoices")
    String list(@AuthenticationPrincipal StaffPrincipal staff,
                @RequestParam(name = "status", defaultValue = "") String status,
                @RequestParam(name = "offset", defaultValue = "0") int offset, Model model) {
        Optional<InvoiceStatus> shown = Arrays.stream(InvoiceStatus.values())
                .filter(state -> state.name().equals(status.strip().toUpperCase(Locale.ROOT))).findFirst();
        InvoiceFilter filter = shown.map(state -> InvoiceFilter.ALL.withStatuses(state)).orElse(InvoiceFilter.ALL);
        int from = Math.max(0, offset);
        List<Invoice> invoices = portal.invoicing().list(staff, filter, from, PAGE_SIZE + 1);
        List<Invoice> shownInvoices = invoices.subList(0, Math.min(PAGE_SIZE, invoices.size()));
        StaffForms.page(portal, staff, model);
        model.addAttribute("invoices", shownInvoices);
        model.addAttribute("clientNames", clientNames(staff, shownInvoices));
        model.addAttribute("status", shown.map(Enum::name).orElse(""));
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("offset", from);
        model.addAttribute("more", invoices.size() > PAGE_SIZE);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "staff-invoices";
    }

    @GetMapping("/staff/invoices/new")
    String newInvoice(@AuthenticationPrincipal StaffPrincipal staff,
                      @RequestParam(name = "client", defaultValue = "") String client, Model model) {
        return form(staff, new NewInvoiceForm(client, List.of(), List.of(), List.of(), List.of(), "", "", "", ""),
                model);
    }

    @PostMapping("/staff/invoices")
    String create(@AuthenticationPrincipal StaffPrincipal staff,
                  @RequestParam(name = "client", defaultValue = "") String client,
                  @RequestParam(name = "taxName", defaultValue = "") String taxName,
                  @RequestParam(name = "taxRate", defaultValue = "") String taxRate,
                  @RequestParam(name = "dueDate", defaultValue = "") String dueDate,
                  @RequestParam(name = "notes", defaultValue = "") String notes,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        // the rows' columns are read as sent: Spring would split a lone value at its commas
        NewInvoiceForm form = new NewInvoiceForm(client, column(request, "description"), column(request, "quantity"),
                column(request, "unit"), column(request, "price"), taxName, taxRate, dueDate, notes);
        try {
            Invoice draft = portal.invoicing().createDraft(staff, draft(staff, form));
            return "redirect:/staff/invoices/" + draft.id();
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            return form(staff, form, model);
        }
    }

    @GetMapping("/staff/invoices/{invoice}")
    String invoice(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("invoice") String invoice,
                   Model model) {
        return page.show(staff, PathIds.invoice(invoice), model);
    }

    @PostMapping("/staff/invoices/{invoice}/issue")
    String issue(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("invoice") String invoice) {
        return "redirect:/staff/invoices/" + portal.invoicing().issue(staff, PathIds.invoice(invoice)).id();
    }

    @PostMapping("/staff/invoices/{invoice}/void")
    String voidInvoice(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("invoice") String invoice,
                       @RequestParam(name = "reason", defaultValue = "") String reason,
                       HttpServletResponse response, Model model) {
        InvoiceId invoiceId = PathIds.invoice(invoice);
        try {
            portal.invoicing().voidInvoice(staff, invoiceId, reason);
            return "redirect:/staff/invoices/" + invoiceId;
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            model.addAttribute("problemAt", "void");
            return page.show(staff, invoiceId, model);
        }
    }

    /** The draft the form describes: the client's currency, blank rows skipped, the due date kept as typed. */
    private DraftInvoice draft(StaffPrincipal staff, NewInvoiceForm form) {
        Client client = portal.clients().get(staff, form.clientId());
        TaxRate[] taxes = form.taxRate().isBlank() ? new TaxRate[0]
                : new TaxRate[] {TaxRate.of(form.taxName().isBlank() ? "Tax" : form.taxName(), form.taxRate())};
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < form.rows(); i++) {
            if (form.blankRow(i)) {
                continue;
            }
            lines.add(LineItem.of(form.at(form.descriptions(), i), orOne(form.at(form.quantities(), i)),
                    form.at(form.units(), i), Money.of(form.at(form.prices(), i), client.currency()), taxes));
        }
        DraftInvoice draft = DraftInvoice.forClient(client.id()).lines(lines).notes(form.notes());
        if (form.dueDate().isBlank()) {
            return draft;
        }
        LocalDate due = date(form.dueDate(), "dueDate");
        LocalDate today = LocalDate.now(portal.workspaces().get(staff).settings().timeZone());
        if (due.isBefore(today)) {
            // the draft could never be issued: core refuses it at issue with the same code, so say so on the form
            throw PortalException.invalid(ErrorCode.DUE_DATE_BEFORE_ISSUE_DATE, "dueDate", due,
                    "is before today, the earliest day this invoice can be issued");
        }
        return draft.dueOn(due);
    }

    private String form(StaffPrincipal staff, NewInvoiceForm form, Model model) {
        StaffForms.page(portal, staff, model);
        model.addAttribute("form", form);
        model.addAttribute("rows", IntStream.range(0, Math.max(LINE_ROWS, form.rows())).boxed()
                .toList());
        model.addAttribute("clients", portal.clients().list(staff, 0, 500).stream()
                .filter(client -> !client.archived()).toList());
        return "staff-invoice-new";
    }

    /** Client names for a page of invoices, one lookup per client on the page. */
    private Map<ClientId, String> clientNames(StaffPrincipal staff, List<Invoice> invoices) {
        Map<ClientId, String> names = new LinkedHashMap<>();
        for (Invoice invoice : invoices) {
            names.computeIfAbsent(invoice.clientId(), id -> portal.clients().get(staff, id).name());
        }
        return names;
    }

    /**
     * A date typed into a form.
     *
     * @param text  the text, {@code yyyy-mm-dd} as browsers send it
     * @param field the field, named in the error
     * @return the date
     * @throws PortalException {@code input.invalid_value} for text that is no date
     */
    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, text,
                    "must be a date like 2026-03-31");
        }
    }

    private static String orOne(String quantity) {
        return quantity.isBlank() ? "1" : quantity;
    }

    private static List<String> column(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    /**
     * What the new-invoice form holds, kept to show it again when the portal refuses it.
     *
     * @param client       the client's id as sent
     * @param descriptions each row's description
     * @param quantities   each row's quantity
     * @param units        each row's unit
     * @param prices       each row's unit price, decimal text in the client's currency
     * @param taxName      the tax's name, e.g. VAT
     * @param taxRate      the tax rate in percent, blank for none
     * @param dueDate      the due date, blank for the workspace's payment terms
     * @param notes        notes printed on the invoice
     */
    record NewInvoiceForm(String client, List<String> descriptions, List<String> quantities, List<String> units,
                          List<String> prices, String taxName, String taxRate, String dueDate, String notes) {

        ClientId clientId() {
            if (client.isBlank()) {
                throw PortalException.required("clientId");
            }
            return PathIds.client(client);
        }

        int rows() {
            return IntStream.of(descriptions.size(), quantities.size(), units.size(), prices.size()).max().orElse(0);
        }

        boolean blankRow(int row) {
            return at(descriptions, row).isBlank() && at(quantities, row).isBlank() && at(prices, row).isBlank();
        }

        /**
         * One row's value of a column.
         *
         * @param column the column's values
         * @param row    the row
         * @return the value, empty past the column's end
         */
        public String at(List<String> column, int row) {
            return row < column.size() ? column.get(row) : "";
        }
    }
}
