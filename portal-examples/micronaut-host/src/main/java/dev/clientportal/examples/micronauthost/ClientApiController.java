package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.clientview.Page;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.document.RenderedDocument;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.DashboardJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.InvoiceRowJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import dev.clientportal.examples.micronauthost.ApiJson.PaymentJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The client's side of the portal as JSON, for the contact of the bearer session: dashboard, invoices (cursor
 * paging, a status filter, newest or oldest first), an invoice with its payments, its PDF, the payment history with a
 * receipt PDF per received payment, and the statement of a period as PDF.
 * Ids outside the contact's client answer 404, like ids that do not exist.
 */
@Controller("/api/portal")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ClientApiController {

    private final ClientPortal portal;

    ClientApiController(ClientPortal portal) {
        this.portal = portal;
    }

    @Get("/dashboard")
    DashboardJson dashboard(@Parameter(hidden = true) ContactPrincipal contact) {
        return DashboardJson.of(portal.clientViews().dashboard(contact));
    }

    @Get("/invoices")
    PageJson<InvoiceRowJson> invoices(@Parameter(hidden = true) ContactPrincipal contact,
                                      @Nullable @QueryValue String status,
                                      @QueryValue(defaultValue = "newest") String sort,
                                      @QueryValue(defaultValue = "20") int limit,
                                      @Nullable @QueryValue String cursor) {
        Set<InvoiceListQuery.Show> shown = shown(status);
        boolean oldestFirst = oldestFirst(sort);
        Cursor at = Cursor.read(cursor, "invoices|" + new TreeSet<>(shown) + "|" + sort);
        InvoiceListQuery query = new InvoiceListQuery(shown, 0, limit);
        Page<InvoiceSummary> page = oldestFirst ? oldestFirst(contact, query, at.offset())
                : portal.clientViews().invoices(contact, query.page(at.offset()));
        List<InvoiceRowJson> rows = page.items().stream().map(InvoiceRowJson::of).toList();
        boolean more = at.offset() + rows.size() < page.total();
        return new PageJson<>(rows, more ? at.next(rows.size()) : null, page.total());
    }

    @Get("/invoices/{id}")
    InvoiceJson invoice(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                        HttpRequest<?> request) {
        return InvoiceJson.of(portal.clientViews().invoice(contact, PathIds.invoice(id), Bearer.clientRequest(request)));
    }

    @Get(value = "/invoices/{id}/pdf", produces = "application/pdf")
    HttpResponse<byte[]> invoicePdf(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return download(portal.documents().invoice(contact, PathIds.invoice(id), out), out);
    }

    @Get(value = "/payments/{id}/receipt", produces = "application/pdf")
    HttpResponse<byte[]> receiptPdf(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return download(portal.documents().receipt(contact, PathIds.payment(id), out), out);
    }

    @Get(value = "/statement", produces = "application/pdf")
    HttpResponse<byte[]> statementPdf(@Parameter(hidden = true) ContactPrincipal contact,
                                      @QueryValue LocalDate from, @QueryValue LocalDate to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return download(portal.documents().statement(contact, from, to, out), out);
    }

    @Get("/payments")
    PageJson<PaymentJson> payments(@Parameter(hidden = true) ContactPrincipal contact,
                                   @QueryValue(defaultValue = "20") int limit, @Nullable @QueryValue String cursor) {
        Cursor at = Cursor.read(cursor, "payments");
        Page<PaymentSummary> page = portal.clientViews().payments(contact, at.offset(), limit);
        List<PaymentJson> rows = page.items().stream().map(PaymentJson::of).toList();
        boolean more = at.offset() + rows.size() < page.total();
        return new PageJson<>(rows, more ? at.next(rows.size()) : null, page.total());
    }

    private static HttpResponse<byte[]> download(RenderedDocument document, ByteArrayOutputStream out) {
        return HttpResponse.ok(out.toByteArray())
                .contentType(MediaType.of(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"");
    }

    /**
     * Invoices oldest first: core lists newest first, so the page is read from the other end of the same order.
     * Costs one count before the page.
     */
    private Page<InvoiceSummary> oldestFirst(ContactPrincipal contact, InvoiceListQuery query, int offset) {
        long total = portal.clientViews().invoices(contact, new InvoiceListQuery(query.show(), 0, 1)).total();
        long end = total - offset;
        int size = (int) Math.max(0, Math.min(query.limit(), end));
        if (size == 0) {
            return new Page<>(List.of(), offset, query.limit(), total);
        }
        Page<InvoiceSummary> newestFirst = portal.clientViews().invoices(contact,
                new InvoiceListQuery(query.show(), (int) (end - size), size));
        List<InvoiceSummary> items = new ArrayList<>(newestFirst.items());
        Collections.reverse(items);
        return new Page<>(items, offset, query.limit(), newestFirst.total());
    }

    private static boolean oldestFirst(String sort) {
        return switch (sort) {
            case "newest" -> false;
            case "oldest" -> true;
            default -> throw PortalException.invalid(ErrorCode.INVALID_VALUE, "sort", sort, "newest or oldest");
        };
    }

    private static Set<InvoiceListQuery.Show> shown(@Nullable String status) {
        Set<InvoiceListQuery.Show> shown = EnumSet.noneOf(InvoiceListQuery.Show.class);
        if (status == null || status.isBlank()) {
            return shown;
        }
        for (String name : status.split(",")) {
            try {
                shown.add(InvoiceListQuery.Show.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "status", status,
                        "a comma-separated list of due, overdue, paid, void");
            }
        }
        return shown;
    }
}
