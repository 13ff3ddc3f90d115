package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceDetailJson;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.ClientJson;
import dev.clientportal.examples.micronauthost.ApiJson.ContactJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The business's side as JSON, for the staff user of the bearer token: its clients and their contacts, its invoices
 * (cursor paging,
 * filtered by client and status) and an invoice with its payments. Ids of another workspace answer 404.
 */
@Controller("/api/business")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class BusinessApiController {

    private final ClientPortal portal;

    BusinessApiController(ClientPortal portal) {
        this.portal = portal;
    }

    @Get("/clients")
    PageJson<ClientJson> clients(@Parameter(hidden = true) StaffPrincipal staff,
                                 @QueryValue(defaultValue = "20") int limit, @Nullable @QueryValue String cursor) {
        Cursor at = Cursor.read(cursor, "clients");
        return at.page(limit, fetch -> portal.clients().list(staff, at.offset(), fetch), ClientJson::of);
    }

    @Get("/clients/{id}/contacts")
    List<ContactJson> contacts(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id) {
        return portal.clients().contacts(staff, PathIds.client(id)).stream().map(ContactJson::of).toList();
    }

    @Get("/invoices")
    PageJson<BusinessInvoiceJson> invoices(@Parameter(hidden = true) StaffPrincipal staff,
                                           @Nullable @QueryValue String client,
                                           @Nullable @QueryValue String status,
                                           @QueryValue(defaultValue = "20") int limit,
                                           @Nullable @QueryValue String cursor) {
        Optional<ClientId> clientId = Optional.ofNullable(client).filter(text -> !text.isBlank()).map(text -> {
            try {
                return ClientId.of(text);
            } catch (PortalException e) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "client", text, "must be a client id");
            }
        });
        Set<InvoiceStatus> statuses = statuses(status);
        Cursor at = Cursor.read(cursor, "invoices|" + clientId.map(ClientId::toString).orElse("") + "|"
                + new TreeSet<>(statuses));
        InvoiceFilter filter = new InvoiceFilter(clientId, statuses);
        return at.page(limit, fetch -> portal.invoicing().list(staff, filter, at.offset(), fetch),
                BusinessInvoiceJson::of);
    }

    @Get("/invoices/{id}")
    BusinessInvoiceDetailJson invoice(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id) {
        Invoice invoice = portal.invoicing().get(staff, PathIds.invoice(id));
        return BusinessInvoiceDetailJson.of(invoice, portal.payments().forInvoice(staff, invoice.id()),
                portal.invoicing().creditNotes(staff, invoice.id()));
    }

    private static Set<InvoiceStatus> statuses(@Nullable String status) {
        Set<InvoiceStatus> statuses = EnumSet.noneOf(InvoiceStatus.class);
        if (status == null || status.isBlank()) {
            return statuses;
        }
        for (String name : status.split(",")) {
            try {
                statuses.add(InvoiceStatus.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "status", status,
                        "a comma-separated list of invoice statuses, e.g. open,partially_paid");
            }
        }
        return statuses;
    }
}
