package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The business's clients: the list, a client's page (contacts, invoices, what it owes), adding a client or a contact,
 * inviting a contact to the portal (the portal mails the sign-in link; in the demo it lands in the dev mailbox),
 * changing a contact's roles, removing a contact, and archiving a client.
 */
@Controller
class StaffClientsController {

    static final int PAGE_SIZE = 50;
    /** The currencies the form offers; any ISO code the portal knows is accepted. */
    static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CHF", "JPY");

    private final ClientPortal portal;

    StaffClientsController(ClientPortal portal) {
        this.portal = portal;
    }

    @GetMapping("/staff/clients")
    String list(@AuthenticationPrincipal StaffPrincipal staff,
                @RequestParam(name = "offset", defaultValue = "0") int offset, Model model) {
        return listPage(staff, Math.max(0, offset), model);
    }

    @PostMapping("/staff/clients")
    String create(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(name = "name", defaultValue = "") String name,
                  @RequestParam(name = "email", defaultValue = "") String email,
                  @RequestParam(name = "currency", defaultValue = "") String currency, HttpServletResponse response,
                  Model model) {
        try {
            CreateClient command = new CreateClient(name, email);
            if (!currency.isBlank()) {
                command = command.inCurrency(CurrencyUnit.of(currency.strip().toUpperCase(Locale.ROOT)));
            }
            return "redirect:/staff/clients/" + portal.clients().create(staff, command).id();
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            model.addAttribute("currency", currency);
            return listPage(staff, 0, model);
        }
    }

    @GetMapping("/staff/clients/{client}")
    String client(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client,
                  @RequestParam(name = "invited", defaultValue = "") String invited, Model model) {
        Client found = portal.clients().get(staff, PathIds.client(client));
        List<Contact> contacts = portal.clients().contacts(staff, found.id());
        StaffForms.page(portal, staff, model);
        model.addAttribute("client", found);
        model.addAttribute("contacts", contacts);
        model.addAttribute("invited", contacts.stream().filter(contact -> contact.id().toString().equals(invited))
                .findFirst());
        model.addAttribute("owed", owed(staff, found.id()));
        model.addAttribute("invoices", portal.invoicing().list(staff, InvoiceFilter.forClient(found.id()), 0,
                PAGE_SIZE));
        model.addAttribute("roles", Role.values());
        model.addAttribute("approvers", contacts.stream()
                .filter(contact -> contact.active() && contact.roles().contains(Role.APPROVER)).toList());
        model.addAttribute("deliverables", portal.approvals().list(staff, found.id()));
        return "staff-client";
    }

    @PostMapping("/staff/clients/{client}/contacts")
    String addContact(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client,
                      @RequestParam(name = "name", defaultValue = "") String name,
                      @RequestParam(name = "email", defaultValue = "") String email,
                      @RequestParam(name = "roles", required = false) List<String> roles,
                      HttpServletResponse response, Model model) {
        ClientId clientId = PathIds.client(client);
        try {
            portal.clients().addContact(staff, new AddContact(clientId, name, email, roles(roles)));
            return "redirect:/staff/clients/" + clientId;
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            model.addAttribute("contactName", name);
            model.addAttribute("contactEmail", email);
            String page = client(staff, client, "", model);
            model.addAttribute("problemAt", "contact");
            return page;
        }
    }

    @PostMapping("/staff/clients/{client}/contacts/{contact}/invite")
    String invite(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client,
                  @PathVariable("contact") String contact) {
        Contact found = contactOf(staff, client, contact);
        // the portal mails the link to the contact after the commit; the page never shows the link itself
        portal.access().invite(staff, found.id());
        return "redirect:/staff/clients/" + found.clientId() + "?invited=" + found.id();
    }

    @PostMapping("/staff/clients/{client}/contacts/{contact}/roles")
    String changeRoles(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client,
                       @PathVariable("contact") String contact,
                       @RequestParam(name = "roles", required = false) List<String> roles,
                       HttpServletResponse response, Model model) {
        Contact found = contactOf(staff, client, contact);
        try {
            portal.clients().changeRoles(staff, found.id(), roles(roles));
            return "redirect:/staff/clients/" + found.clientId();
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            String page = client(staff, client, "", model);
            model.addAttribute("problemAt", "contact-" + found.id());
            return page;
        }
    }

    @PostMapping("/staff/clients/{client}/contacts/{contact}/remove")
    String removeContact(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client,
                         @PathVariable("contact") String contact) {
        Contact found = contactOf(staff, client, contact);
        portal.clients().removeContact(staff, found.id());
        return "redirect:/staff/clients/" + found.clientId();
    }

    @PostMapping("/staff/clients/{client}/archive")
    String archive(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client) {
        return "redirect:/staff/clients/" + portal.clients().archive(staff, PathIds.client(client)).id();
    }

    /** The contact, when it is the client's: another client's answers not found, as one that does not exist. */
    private Contact contactOf(StaffPrincipal staff, String client, String contact) {
        Contact found = portal.clients().contact(staff, PathIds.contact(contact));
        if (!found.clientId().equals(PathIds.client(client))) {
            throw PortalException.notFound(ErrorCode.CONTACT_NOT_FOUND, "contact", found.id());
        }
        return found;
    }

    /** What the client owes, per currency, aged by the portal's receivables; empty when nothing is open. */
    private List<AgingAmounts> owed(StaffPrincipal staff, ClientId clientId) {
        AgingReport aging = portal.receivables().aging(staff);
        return aging.rows().stream().filter(row -> row.clientId().equals(clientId)).map(AgingReport.Row::amounts)
                .toList();
    }

    private String listPage(StaffPrincipal staff, int offset, Model model) {
        StaffForms.page(portal, staff, model);
        List<Client> clients = portal.clients().list(staff, offset, PAGE_SIZE + 1);
        model.addAttribute("clients", clients.subList(0, Math.min(PAGE_SIZE, clients.size())));
        model.addAttribute("offset", offset);
        model.addAttribute("more", clients.size() > PAGE_SIZE);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("currencies", CURRENCIES);
        return "staff-clients";
    }

    /** The roles ticked; an unknown name is no role, so the portal's "at least one role" rule answers it. */
    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role role : Role.values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
