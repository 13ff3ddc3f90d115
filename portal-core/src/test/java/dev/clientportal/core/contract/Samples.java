package dev.clientportal.core.contract;

import dev.clientportal.core.access.DocumentLink;
import dev.clientportal.core.access.DocumentLinkId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.access.LoginTokenId;
import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.access.SessionId;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceBalance;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.NumberingPattern;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.PostalAddress;
import dev.clientportal.core.workspace.TaxId;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceSettings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.clientportal.core.money.CurrencyUnit.BHD;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * Sample aggregates for the contracts, with every optional field set and every nested record populated, so that a
 * store that drops or mangles any of them fails a round trip.
 *
 * <p>Instants carry microseconds, the finest precision SQL timestamp columns keep.
 */
public final class Samples {

    /** When sample rows were created, to the microsecond. */
    public static final Instant CREATED = Instant.parse("2026-03-02T09:15:30.123456Z");

    private Samples() {
    }

    /**
     * A UUID that sorts as {@code n} does, whether compared as Java UUIDs, as PostgreSQL/MariaDB uuid values or
     * as their text: only the last digits differ. Used where ties are broken by id.
     */
    public static UUID orderedUuid(int n) {
        return new UUID(0x4000L, 0x8000_0000_0000_0000L | n);
    }

    /** A workspace with every setting away from its default: address, tax ids, zone, numbering, rounding. */
    public static Workspace workspace(String name) {
        WorkspaceSettings settings = new WorkspaceSettings(name, "buchhaltung@nord.example",
                new PostalAddress(List.of("Hafenstraße 12", "Hinterhaus, 3. OG"), "Hamburg", "20457", "HH", "DE"),
                List.of(TaxId.of("VAT", "DE123456789"), TaxId.of("EORI", "DE1234567890123")), EUR, Locale.GERMANY,
                ZoneId.of("Europe/Berlin"), PaymentTerms.endOfMonthPlus(10),
                List.of(TaxRate.of("USt 19", "19"), TaxRate.of("USt 7", "7"), TaxRate.compound("Extra", "1.25")),
                NumberingPattern.of("RE-{yy}{MM}-{seq:4}"), NumberingPattern.of("GS-{yyyy}/{seq}"),
                TaxRounding.PER_DOCUMENT, NumberingPattern.of("AN-{yy}-{seq:3}"));
        return new Workspace(new WorkspaceId(UUID.randomUUID()), settings,
                new Branding("files/logo-nord.png", "#102030", "#a0b0c0"), 3, CREATED, 0);
    }

    /** A plain client: no credit, not exempt, not archived. */
    public static Client client(WorkspaceId workspaceId, String name, CurrencyUnit currency) {
        return new Client(new ClientId(UUID.randomUUID()), workspaceId, name,
                "billing@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example", PostalAddress.NONE,
                "", currency, false, Optional.empty(), Map.of(), false, CREATED, 0);
    }

    /** A tax-exempt client with an address, a tax id and credit in two currencies. */
    public static Client richClient(WorkspaceId workspaceId) {
        return new Client(new ClientId(UUID.randomUUID()), workspaceId, "Globex Corporation",
                "Accounts.Payable@Globex.Example",
                new PostalAddress(List.of("1 Globex Plaza", "Floor 12"), "Cypress Creek", "97201", "OR", "US"),
                "US-12-3456789", USD, true, Optional.of(Locale.forLanguageTag("de-AT")),
                Map.of(USD, Money.of("125.50", USD), EUR, Money.of("80.00", EUR)), false, CREATED, 0);
    }

    /** An active contact with two roles. */
    public static Contact contact(WorkspaceId workspaceId, ClientId clientId, String name) {
        return new Contact(new ContactId(UUID.randomUUID()), workspaceId, clientId, name,
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + "@Globex.example",
                Set.of(Role.BILLING, Role.APPROVER), true, CREATED, 0);
    }

    /** One line of {@code amount}, no tax, no discount, with the given terms. */
    public static InvoiceContent simpleContent(Money amount, PaymentTerms terms) {
        return new InvoiceContent(amount.currency(), List.of(LineItem.of("Consulting", "1", "day", amount)),
                Discount.none(), "", "", terms, LateFeePolicy.none(), PaymentSchedule.NONE, TaxRounding.PER_LINE, false,
                null);
    }

    /**
     * USD content with everything a line and a document can carry: fractional quantities, line discounts of both
     * kinds, a compound tax, a document discount, texts, end-of-month terms, a percentage late fee and a deposit
     * plus two monthly installments from {@code firstDue}, summing exactly to the total.
     */
    public static InvoiceContent richContent(LocalDate firstDue) {
        TaxRate gst = TaxRate.of("GST", "5");
        TaxRate qst = TaxRate.compound("QST", "9.975");
        List<LineItem> lines = List.of(
                new LineItem("Brand strategy workshop\nincl. preparation — Zürich office", new BigDecimal("1.5"),
                        "day", Money.of("1250.00", USD), Discount.percent("10"), List.of(gst, qst)),
                LineItem.of("Logo design", "12", "h", Money.of("95.00", USD), TaxRate.of("NY sales tax", "8.875"))
                        .withDiscount(Discount.amount(Money.of("50.00", USD))),
                LineItem.of("Stock photo licence", "0.333333", "", Money.of("10.00", USD)));
        InvoiceContent unscheduled = new InvoiceContent(USD, lines, Discount.percent("4.5"),
                "Thank you for your business!\nPlease quote the invoice number.", "Late payments accrue 1.5 % a month.",
                PaymentTerms.endOfMonthPlus(15), LateFeePolicy.percent(Percentage.of("1.5"), 30, 7),
                PaymentSchedule.NONE, TaxRounding.PER_DOCUMENT, false, null);
        PaymentSchedule schedule = PaymentSchedule.depositThenInstallments(unscheduled.totals().total(),
                Percentage.of("30"), firstDue, 2, firstDue.plusMonths(1), Period.ofMonths(1));
        return new InvoiceContent(USD, lines, unscheduled.discount(), unscheduled.notes(), unscheduled.terms(),
                unscheduled.paymentTerms(), unscheduled.lateFee(), schedule, unscheduled.taxRounding(), false, null);
    }

    /**
     * Content in a three-digit currency: per-line tax rounding for a tax-exempt client, an amount discount, net 45
     * and a flat late fee.
     */
    public static InvoiceContent bahrainContent() {
        List<LineItem> lines = List.of(
                LineItem.of("Hosting, 12 months", "12", "month", Money.of("12.500", BHD), TaxRate.of("VAT", "10")),
                LineItem.of("Setup", "1", "", Money.of("7.125", BHD)));
        return new InvoiceContent(BHD, lines, Discount.amount(Money.of("1.250", BHD)), "", "", PaymentTerms.net(45),
                LateFeePolicy.flat(Money.of("5.000", BHD), 14, 0), PaymentSchedule.NONE, TaxRounding.PER_LINE, true,
                null);
    }

    /**
     * An issued invoice written off after payments, credit notes and client credit: every part of its balance and
     * its closing time are set.
     */
    public static Invoice uncollectibleWithFullBalance(WorkspaceId workspaceId, ClientId clientId, String number) {
        LocalDate issued = LocalDate.of(2026, 2, 27);
        InvoiceContent content = richContent(LocalDate.of(2026, 3, 6));
        InvoiceBalance balance = new InvoiceBalance(Money.of("100.00", USD), Money.of("50.00", USD),
                Money.of("80.00", USD), Money.of("25.00", USD));
        return new Invoice(new InvoiceId(UUID.randomUUID()), workspaceId, clientId, InvoiceStatus.UNCOLLECTIBLE,
                number, content, content.totals(), issued,
                content.schedule().finalDueDate(content.paymentTerms().dueDate(issued)), balance, CREATED,
                Instant.parse("2026-06-30T17:45:00.654321Z"), LocalDate.of(2026, 6, 30), 0);
    }

    /**
     * A credit note against an issued invoice with two lines (a tax, a line discount), a document discount, priced
     * like the invoice; 10 units of its currency became client credit, the rest reduced the invoice. It names the
     * invoice lines it credits out of order (positions 3 and 0), which a store keeps as given.
     */
    public static CreditNote creditNote(Invoice invoice, String number, Instant createdAt) {
        CurrencyUnit currency = invoice.content().currency();
        List<LineItem> lines = List.of(
                LineItem.of("Logo design (hours not delivered)", "2", "h", Money.of("95", currency),
                        TaxRate.of("NY sales tax", "8.875")),
                LineItem.of("Goodwill for the delay", "1", "", Money.of("25", currency))
                        .withDiscount(Discount.percent("20")));
        Discount discount = Discount.percent("4.5");
        DocumentTotals totals = DocumentTotals.calculate(currency, lines, discount, invoice.content().taxRounding(),
                invoice.content().taxExempt());
        Money toCredit = Money.of("10", currency);
        return new CreditNote(new CreditNoteId(UUID.randomUUID()), invoice.workspaceId(), invoice.clientId(),
                invoice.id(), invoice.number(), number, lines, List.of(3, 0), discount, totals,
                "Two hours were not delivered; goodwill for the delay", LocalDate.of(2026, 3, 20),
                totals.total().minus(toCredit), toCredit, createdAt, 0);
    }

    /** A hex SHA-256-sized hash, as secrets are stored; a different one on every call. */
    public static String tokenHash() {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        return HexFormat.of().formatHex(hash);
    }

    /** An outstanding invitation token of a contact, created at an instant, valid 7 days. */
    public static LoginToken loginToken(Contact contact, Instant createdAt) {
        return new LoginToken(new LoginTokenId(UUID.randomUUID()), contact.workspaceId(), contact.clientId(),
                contact.id(), LoginToken.Purpose.INVITATION, tokenHash(), createdAt, createdAt.plus(Duration.ofDays(7)),
                null, null, 0);
    }

    /** A live session of a contact, created at an instant, with the address and user agent it came from. */
    public static PortalSession session(Contact contact, Instant createdAt) {
        return new PortalSession(new SessionId(UUID.randomUUID()), contact.workspaceId(), contact.clientId(),
                contact.id(), tokenHash(), createdAt, createdAt.plusSeconds(90), createdAt.plus(Duration.ofDays(7)),
                null, "2001:db8::7", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", 0);
    }

    /** A live link to a document of a client, created at an instant, valid 30 days. */
    public static DocumentLink documentLink(WorkspaceId workspaceId, ClientId clientId, DocumentRef document,
                                            Instant createdAt) {
        return new DocumentLink(new DocumentLinkId(UUID.randomUUID()), workspaceId, clientId, document, tokenHash(),
                "staff:owner@acme.example", createdAt, createdAt.plus(Duration.ofDays(30)), null, 0);
    }

    /** A contact's access that was invited, signed in, and revoked: every optional instant set. */
    public static PortalAccess portalAccess(Contact contact) {
        return new PortalAccess(contact.workspaceId(), contact.id(), contact.clientId(), PortalAccess.Status.REVOKED,
                CREATED, CREATED.plus(Duration.ofHours(1)), CREATED.plus(Duration.ofDays(2)), 0);
    }
}
