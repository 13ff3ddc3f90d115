package dev.clientportal.pdf.testing;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.PrintableDocument;
import dev.clientportal.core.document.RenderedDocument;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.PostalAddress;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.TaxId;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceSettings;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A business with a logo, a client with a Unicode name, and the documents the tests and benchmarks render: a
 * 20-line invoice with two tax rates and a pay link, a credit note, a partly refunded receipt, statements of any
 * length, quotes with a deposit, and agreements signed by contacts with Polish, Greek and Cyrillic names. Built
 * through the real portal over in-memory stores.
 */
public final class DocumentScenes {

    /** Where the invoice of these scenes is paid online. */
    public static final URI PAY_URL = URI.create("https://pay.acme.example/i/7f3a9c1e");
    /** The logo reference of the workspace. */
    public static final String LOGO = "logos/acme.png";
    /** The first sales tax of the invoice lines. */
    public static final TaxRate SALES_TAX = TaxRate.of("NY sales tax", "8.875");
    /** The second tax of the invoice lines. */
    public static final TaxRate CITY_TAX = TaxRate.of("City tax", "4.5");
    /** The client's name: Polish letters, to prove the font is Unicode. */
    public static final String CLIENT_NAME = "Zoë Łukasiewicz";

    /** The title of the agreements these scenes write. */
    public static final String AGREEMENT_TITLE = "Master services agreement for brand and web design, 2026–2027";
    /** The body of the agreements these scenes write; its SHA-256 is what every signer signs. */
    public static final String AGREEMENT_BODY = "Master services agreement\n\n1. Acme Design Studio designs the "
            + "brand and website of Zoë Łukasiewicz.\n2. Fees follow the accepted quotes.";

    /** The portal, its clock and events. */
    public final PortalFixture fixture;
    /** The renderer as the portal sees it; its last document can be rendered again. */
    public final CapturingRenderer capture;
    /** The logos the workspace's logo source answers with, by reference; tests may replace them. */
    public final Map<String, byte[]> logos = new ConcurrentHashMap<>();
    /** Acts for the business. */
    public final StaffPrincipal owner;
    /** The workspace as created. */
    public final Workspace workspace;
    /** The billed client. */
    public final Client client;

    private DocumentScenes(DocumentRenderer renderer, Locale locale, CurrencyUnit currency, TaxRounding rounding) {
        this.capture = new CapturingRenderer(renderer);
        this.fixture = PortalFixture.inMemory(builder -> builder.renderer(capture).documentCache(0)
                .logos((workspaceId, reference) -> Optional.ofNullable(logos.get(reference)))
                .payLinks(invoice -> Optional.of(PAY_URL)));
        logos.put(LOGO, logoPng());
        WorkspaceSettings settings = WorkspaceSettings.defaults("Acme Design Studio", currency, PaymentTerms.net(30))
                .withIdentity("billing@acme.example", new PostalAddress(List.of("350 Fifth Avenue, Suite 4100"),
                        "New York", "10118", "NY", "US"), List.of(TaxId.of("EIN", "12-3456789")))
                .withRegion(locale, ZoneId.of("America/New_York"))
                .withTaxes(List.of(SALES_TAX, CITY_TAX), rounding);
        this.workspace = fixture.portal.workspaces().create(new CreateWorkspace(settings,
                new Branding(LOGO, "#1F2933", "#0F766E")));
        this.owner = StaffPrincipal.of(workspace.id(), "owner@acme.example");
        this.client = fixture.portal.clients().create(owner, new CreateClient(CLIENT_NAME, "zoe@lukasiewicz.example")
                .withBilling(PostalAddress.of("ul. Floriańska 12", "31-019", "Kraków", "PL"), "PL5260250274")
                .inCurrency(currency));
    }

    /** US English, dollars, taxes rounded per line. */
    public static DocumentScenes usd(DocumentRenderer renderer) {
        return new DocumentScenes(renderer, Locale.US, CurrencyUnit.USD, TaxRounding.PER_LINE);
    }

    /** US English, dollars, taxes rounded once per document (EN 16931 BR-CO-17). */
    public static DocumentScenes usdPerDocument(DocumentRenderer renderer) {
        return new DocumentScenes(renderer, Locale.US, CurrencyUnit.USD, TaxRounding.PER_DOCUMENT);
    }

    /** Any locale and currency. */
    public static DocumentScenes of(DocumentRenderer renderer, Locale locale, CurrencyUnit currency) {
        return new DocumentScenes(renderer, locale, currency, TaxRounding.PER_LINE);
    }

    /** The 20 lines of the benchmark invoice: two tax rates, a discounted line, a long wrapping description. */
    public List<LineItem> twentyLines() {
        List<LineItem> lines = new ArrayList<>(20);
        String[] work = {"Logo design", "Brand guidelines for Δημήτρης", "Landing page (Дмитрий's copy)",
            "Icon set, 48 icons", "Photo retouching", "Business cards", "Letterhead and envelope",
            "Social media templates", "Pitch deck", "Style frames"};
        for (int i = 0; i < 20; i++) {
            String description = work[i % work.length] + (i == 7 ? " — two rounds of revisions, colour "
                    + "matching against Pantone swatches and press checks" : "");
            TaxRate tax = i % 2 == 0 ? SALES_TAX : CITY_TAX;
            lines.add(LineItem.of(description, i % 3 == 0 ? "1.5" : Integer.toString(i % 5 + 1),
                    i % 3 == 0 ? "h" : "pc", price(i), tax));
        }
        lines.set(1, lines.get(1).withDiscount(Discount.percent("10")));
        lines.set(4, lines.get(4).withTax(CITY_TAX));
        return lines;
    }

    /** 95.50 plus 12 per line in the client's currency; a hundred times that in currencies without decimals. */
    private Money price(int line) {
        BigDecimal major = new BigDecimal("95.50").add(BigDecimal.valueOf(12L * line));
        return Money.of(client.currency().minorDigits() == 0 ? major.movePointRight(2) : major, client.currency());
    }

    /** Issues an invoice with these lines, a 5 % discount, notes, terms and a deposit schedule. */
    public Invoice issueInvoice(List<LineItem> lines) {
        Invoice draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                .lines(lines)
                .discount(Discount.percent("5"))
                .notes("Thank you for your business! Files are delivered through the portal.")
                .terms("Payment by bank transfer or card. Late payments accrue 1.5% interest per month."));
        return fixture.portal.invoicing().issue(owner, draft.id());
    }

    /** Issues an invoice with the lines and a deposit plus two installments summing to its total. */
    public Invoice issueScheduledInvoice(List<LineItem> lines) {
        Invoice draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                .lines(lines));
        Money total = draft.total();
        Money deposit = Money.ofMinor(total.minorUnits() / 2, total.currency());
        Invoice scheduled = fixture.portal.invoicing().updateDraft(owner, draft.id(), DraftInvoice
                .forClient(client.id()).lines(lines).schedule(PaymentSchedule.of(
                        new Installment("Deposit", LocalDate.of(2026, 3, 9), deposit),
                        new Installment("Balance on delivery", LocalDate.of(2026, 4, 1), total.minus(deposit)))));
        return fixture.portal.invoicing().issue(owner, scheduled.id());
    }

    /** Records a payment against an invoice. */
    public Payment pay(Invoice invoice, Money amount, String reference) {
        return fixture.portal.payments().record(owner, RecordPayment.manual(client.id(), amount,
                PaymentMethod.BANK_TRANSFER, reference).allocateTo(invoice.id()));
    }

    /** Records an overpayment of an invoice (the rest becomes credit) and refunds part of the credit. */
    public Payment overpaidAndPartlyRefunded(Invoice invoice, Money extra, Money refunded) {
        Payment payment = fixture.portal.payments().record(owner, RecordPayment.manual(client.id(),
                invoice.amountDue().plus(extra), PaymentMethod.CARD, "ch_3PqL9x2eZvKYlo2C").allocateTo(invoice.id()));
        return fixture.portal.payments().refund(owner, RefundPayment.of(payment.id(), refunded, "re_1Nx7",
                "Overpayment returned"));
    }

    /** Credits the first two lines of an invoice. */
    public CreditNote creditTwoLines(Invoice invoice) {
        return fixture.portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(invoice.id(),
                "Two deliverables cancelled by the client", invoice.content().lines().get(0),
                invoice.content().lines().get(1)));
    }

    /**
     * Issues {@code invoices} one-line invoices and pays each but the last in full, one day apart, so the
     * statement of the period has about twice as many lines.
     */
    public void movements(int invoices) {
        for (int i = 0; i < invoices; i++) {
            Invoice invoice = fixture.issuedInvoice(owner, client, "100." + (i % 90 + 10));
            if (i < invoices - 1) {
                pay(invoice, invoice.amountDue(), "wire-" + (10_000 + i));
            }
            fixture.clock.advance(Duration.ofHours(7));
        }
    }

    /** Issues and pays invoices until {@link #statementOfEverything()} has exactly this many lines. */
    public void movementLines(int lines) {
        movements((lines + 1) / 2);
        if (lines % 2 == 0) {
            fixture.issuedInvoice(owner, client, "42.00");
        }
    }

    /** Adds an APPROVER contact of the client, who may accept quotes and sign agreements. */
    public Contact approver(String name, String email) {
        return fixture.portal.clients().addContact(owner, new AddContact(client.id(), name, email,
                EnumSet.of(Role.APPROVER)));
    }

    /** Signs a contact in from a browser: the principal it decides as. */
    public ContactPrincipal signedIn(Contact contact) {
        return fixture.signedInAs(owner, contact);
    }

    /** Sends a quote with these lines, a 5 % discount, a deposit, notes and terms, valid until April 15th. */
    public Quote sendQuote(List<LineItem> lines, Deposit deposit) {
        Quote draft = fixture.portal.quotes().createDraft(owner, DraftQuote.forClient(client.id())
                .lines(lines)
                .discount(Discount.percent("5"))
                .deposit(deposit)
                .expiresOn(LocalDate.of(2026, 4, 15))
                .notes("Prices include two rounds of revisions. Files are delivered through the portal.")
                .terms("Work starts within five business days of acceptance and the deposit."));
        return fixture.portal.quotes().send(owner, draft.id());
    }

    /** Sends an agreement for these contacts to sign. */
    public Agreement sendAgreement(Contact... signers) {
        Agreement draft = fixture.portal.agreements().createDraft(owner, new DraftAgreement(client.id(),
                AGREEMENT_TITLE, AgreementDocument.text(AGREEMENT_BODY),
                List.of(signers).stream().map(Contact::id).toList()));
        return fixture.portal.agreements().send(owner, draft.id());
    }

    /** Renders one quote revision into memory. */
    public Rendered quote(Quote quote) {
        return render(out -> fixture.portal.documents().quote(owner, quote.id(), out));
    }

    /** Renders the signature certificate of an agreement's current version into memory. */
    public Rendered certificate(Agreement agreement) {
        return render(out -> fixture.portal.documents().agreementCertificate(owner, agreement.id(), out));
    }

    /** Renders the signature certificate of one agreement version into memory. */
    public Rendered certificate(Agreement agreement, int version) {
        return render(out -> fixture.portal.documents().agreementCertificate(owner, agreement.id(), version, out));
    }

    /** Renders the invoice into memory. */
    public Rendered invoice(Invoice invoice) {
        return render(out -> fixture.portal.documents().invoice(owner, invoice.id(), out));
    }

    /** Renders the credit note into memory. */
    public Rendered creditNote(CreditNote note) {
        return render(out -> fixture.portal.documents().creditNote(owner, note.id(), out));
    }

    /** Renders the receipt of a payment into memory. */
    public Rendered receipt(Payment payment) {
        return render(out -> fixture.portal.documents().receipt(owner, payment.id(), out));
    }

    /** Renders the client's statement of a period long enough for every movement these scenes make. */
    public Rendered statementOfEverything() {
        return statement(LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31));
    }

    /** Renders the client's statement of a period into memory. */
    public Rendered statement(LocalDate from, LocalDate to) {
        return render(out -> fixture.portal.documents().statement(owner, client.id(), from, to, out));
    }

    /** Renders a document into memory through the portal's documents use case. */
    private Rendered render(Function<OutputStream, RenderedDocument> document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderedDocument rendered = document.apply(out);
        return new Rendered(capture.last(), rendered, out.toByteArray());
    }

    /** A 360×120 PNG logo with transparency: a teal mark and the business initials. */
    public static byte[] logoPng() {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(new Color(0x0F766E));
            graphics.fillRoundRect(0, 0, 120, 120, 28, 28);
            graphics.setColor(Color.WHITE);
            graphics.fillOval(30, 30, 60, 60);
            graphics.setColor(new Color(0x1F2933));
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
            graphics.drawString("ACME", 136, 86);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A rendered document: the model the portal built, what the renderer reported, and the bytes.
     *
     * @param document the printable document
     * @param rendered the renderer's report
     * @param pdf      the bytes written
     */
    public record Rendered(PrintableDocument document, RenderedDocument rendered, byte[] pdf) {
    }
}
