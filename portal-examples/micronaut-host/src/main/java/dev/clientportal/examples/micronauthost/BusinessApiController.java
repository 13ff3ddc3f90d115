package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceDetailJson;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessInvoiceJson;
import dev.clientportal.examples.micronauthost.ApiJson.ClientJson;
import dev.clientportal.examples.micronauthost.ApiJson.ContactJson;
import dev.clientportal.examples.micronauthost.ApiJson.PageJson;
import dev.clientportal.examples.micronauthost.BusinessJson.InvitationJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The business's side as JSON, for the staff user of the bearer token: its clients and their contacts (adding both,
 * inviting a contact to the portal), its invoices (cursor paging, filtered by client and status; creating a draft with
 * lines, issuing, voiding) and an invoice with its payments. An invoice's {@code GET} answers its version as
 * {@code ETag}; issuing or voiding with that {@code If-Match} lands only on that version (412 otherwise), checked by
 * core in the same unit of work as the write, so a change a moment before is refused too. Ids of another workspace
 * answer 404.
 */
@Controller("/api/business")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class BusinessApiController {

    private final ClientPortal portal;

    BusinessApiController(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * A new client.
     *
     * @param name     the billing name
     * @param email    the billing email
     * @param currency the invoicing currency's ISO code; absent for the workspace's default
     */
    @Serdeable
    record NewClient(@Nullable String name, @Nullable String email, @Nullable String currency) {
    }

    /**
     * A new contact of a client.
     *
     * @param name  the contact's name
     * @param email where the portal reaches the contact; unique in the workspace
     * @param roles what the contact may do: {@code BILLING} (see and pay invoices), {@code APPROVER}
     */
    @Serdeable
    record NewContact(@Nullable String name, @Nullable String email, @Nullable List<String> roles) {
    }

    /**
     * One tax on a line.
     *
     * @param name the tax's name as printed
     * @param rate the rate in percent, e.g. {@code "8.875"}
     */
    @Serdeable
    record NewTax(@Nullable String name, @Nullable String rate) {
    }

    /**
     * One line of a new invoice.
     *
     * @param description what was delivered
     * @param quantity    a decimal, e.g. {@code "12"}
     * @param unit        the unit, e.g. {@code h}; absent for none
     * @param unitPrice   a decimal in the client's currency, e.g. {@code "95.00"}
     * @param taxes       the taxes on the line; absent for none
     */
    @Serdeable
    record NewLine(@Nullable String description, @Nullable String quantity, @Nullable String unit,
                   @Nullable String unitPrice, @Nullable List<NewTax> taxes) {
    }

    /**
     * A new draft invoice in its client's currency.
     *
     * @param clientId the billed client
     * @param lines    its lines, at least one
     * @param dueDate  the due date, kept when it is issued; absent for the payment terms'
     * @param notes    notes for the client
     */
    @Serdeable
    record NewInvoice(@Nullable String clientId, @Nullable List<NewLine> lines, @Nullable LocalDate dueDate,
                      @Nullable String notes) {
    }

    /**
     * Why an invoice is voided.
     *
     * @param reason the reason, required
     */
    @Serdeable
    record VoidRequest(@Nullable String reason) {
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

    @Post("/clients")
    @ApiResponse(responseCode = "201", description = "the client added",
            content = @Content(schema = @Schema(implementation = ClientJson.class)))
    HttpResponse<ClientJson> createClient(@Parameter(hidden = true) StaffPrincipal staff,
                                          @Nullable @Body NewClient body) {
        NewClient request = PortalException.requireField(body, "body");
        CreateClient command = new CreateClient(request.name(), request.email());
        if (request.currency() != null && !request.currency().isBlank()) {
            command = command.inCurrency(CurrencyUnit.of(request.currency().strip().toUpperCase(Locale.ROOT)));
        }
        return HttpResponse.status(HttpStatus.CREATED).body(ClientJson.of(portal.clients().create(staff, command)));
    }

    @Post("/clients/{id}/contacts")
    @ApiResponse(responseCode = "201", description = "the contact added",
            content = @Content(schema = @Schema(implementation = ContactJson.class)))
    HttpResponse<ContactJson> addContact(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id,
                                         @Nullable @Body NewContact body) {
        ClientId clientId = PathIds.client(id);
        NewContact request = PortalException.requireField(body, "body");
        Contact contact = portal.clients().addContact(staff, new AddContact(clientId, request.name(),
                request.email(), roles(request.roles())));
        return HttpResponse.status(HttpStatus.CREATED).body(ContactJson.of(contact));
    }

    @Post("/contacts/{id}/invitations")
    @ApiResponse(responseCode = "201", description = "the invitation mailed to the contact",
            content = @Content(schema = @Schema(implementation = InvitationJson.class)))
    HttpResponse<InvitationJson> invite(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id) {
        // the portal mails the magic link after the commit; the answer never carries the link itself
        return HttpResponse.status(HttpStatus.CREATED)
                .body(InvitationJson.of(portal.access().invite(staff, PathIds.contact(id))));
    }

    @Post("/invoices")
    @ApiResponse(responseCode = "201", description = "the draft created, its version as ETag",
            content = @Content(schema = @Schema(implementation = BusinessInvoiceDetailJson.class)))
    HttpResponse<BusinessInvoiceDetailJson> createInvoice(@Parameter(hidden = true) StaffPrincipal staff,
                                                          @Nullable @Body NewInvoice body) {
        NewInvoice request = PortalException.requireField(body, "body");
        String clientText = PortalException.requireText(request.clientId(), "clientId");
        Client client = portal.clients().get(staff, PathIds.client(clientText));
        DraftInvoice draft = DraftInvoice.forClient(client.id()).lines(lines(request.lines(), client));
        if (request.dueDate() != null) {
            draft = draft.dueOn(request.dueDate());
        }
        if (request.notes() != null) {
            draft = draft.notes(request.notes());
        }
        Invoice created = portal.invoicing().createDraft(staff, draft);
        return detail(staff, created, HttpStatus.CREATED);
    }

    @Get("/invoices/{id}")
    HttpResponse<BusinessInvoiceDetailJson> invoice(@Parameter(hidden = true) StaffPrincipal staff,
                                                    @PathVariable String id) {
        return detail(staff, portal.invoicing().get(staff, PathIds.invoice(id)), HttpStatus.OK);
    }

    @Post("/invoices/{id}/issue")
    HttpResponse<BusinessInvoiceDetailJson> issue(@Parameter(hidden = true) StaffPrincipal staff,
                                                  @PathVariable String id,
                                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        InvoiceId invoiceId = PathIds.invoice(id);
        Long version = expectedVersion(invoiceId, ifMatch);
        Invoice issued = version == null ? portal.invoicing().issue(staff, invoiceId)
                : portal.invoicing().issue(staff, invoiceId, version);
        return detail(staff, issued, HttpStatus.OK);
    }

    @Post("/invoices/{id}/void")
    HttpResponse<BusinessInvoiceDetailJson> voidInvoice(@Parameter(hidden = true) StaffPrincipal staff,
                                                        @PathVariable String id,
                                                        @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                        @Nullable @Body VoidRequest body) {
        InvoiceId invoiceId = PathIds.invoice(id);
        Long version = expectedVersion(invoiceId, ifMatch);
        String reason = body == null ? null : body.reason();
        Invoice voided = version == null ? portal.invoicing().voidInvoice(staff, invoiceId, reason)
                : portal.invoicing().voidInvoice(staff, invoiceId, version, reason);
        return detail(staff, voided, HttpStatus.OK);
    }

    /**
     * The version an update's {@code If-Match} names, absent without one. Core checks it in the update's own unit of
     * work, so an update never lands on a state the caller has not seen, even one written a moment before.
     */
    private static @Nullable Long expectedVersion(InvoiceId invoiceId, @Nullable String ifMatch) {
        return EntityTags.version(ifMatch, Long::valueOf, () -> null, "/api/business/invoices/" + invoiceId);
    }

    private HttpResponse<BusinessInvoiceDetailJson> detail(StaffPrincipal staff, Invoice invoice,
                                                           HttpStatus status) {
        return HttpResponse.status(status).header(HttpHeaders.ETAG, EntityTags.of(invoice.version()))
                .body(BusinessInvoiceDetailJson.of(invoice, portal.payments().forInvoice(staff, invoice.id()),
                        portal.invoicing().creditNotes(staff, invoice.id())));
    }

    /** The draft's lines in the client's currency; each line's fields are named with its index when refused. */
    private static List<LineItem> lines(@Nullable List<NewLine> lines, Client client) {
        List<NewLine> given = PortalException.requireElements(lines, "lines", InputLimits.LIST);
        if (given.isEmpty()) {
            throw PortalException.required("lines");
        }
        List<LineItem> items = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            NewLine line = given.get(i);
            String at = "lines[" + i + "].";
            List<NewTax> taxes = PortalException.elements(line.taxes(), at + "taxes", InputLimits.LIST);
            TaxRate[] rates = new TaxRate[taxes.size()];
            for (int t = 0; t < rates.length; t++) {
                NewTax tax = taxes.get(t);
                rates[t] = TaxRate.of(PortalException.requireText(tax.name(), at + "taxes.name"),
                        PortalException.requireText(tax.rate(), at + "taxes.rate"));
            }
            Money price = Money.of(PortalException.requireText(line.unitPrice(), at + "unitPrice"),
                    client.currency());
            items.add(LineItem.of(PortalException.requireText(line.description(), at + "description"),
                    PortalException.requireText(line.quantity(), at + "quantity"),
                    line.unit() == null ? "" : line.unit(), price, rates));
        }
        return items;
    }

    private static Set<Role> roles(@Nullable List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : PortalException.elements(names, "roles", Role.values().length)) {
            try {
                roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "roles", name,
                        "must be among " + Arrays.toString(Role.values()));
            }
        }
        return roles;
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
