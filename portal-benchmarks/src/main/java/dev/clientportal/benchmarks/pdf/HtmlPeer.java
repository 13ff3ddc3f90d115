package dev.clientportal.benchmarks.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.clientportal.core.document.BillTo;
import dev.clientportal.core.document.InvoiceDocument;
import dev.clientportal.core.document.Letterhead;
import dev.clientportal.core.document.StatementDocument;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import dev.clientportal.core.pricing.TaxAmount;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.workspace.TaxId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Locale;

/**
 * The peer: the same documents as an XHTML template (same content, fonts, colours and page furniture) rendered by
 * OpenHTMLtoPDF, set up as its documentation recommends: fast mode, the two Liberation Sans faces registered with
 * {@code useFont}, and the shared font-metrics cache store. Logo and QR code are prepared once as data URIs, so the
 * peer is not charged for them.
 */
final class HtmlPeer {

    private static final String FAMILY = "Liberation Sans";
    private static final byte[] REGULAR = resource("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = resource("liberation/LiberationSans-Bold.ttf");

    static {
        // its default logging writes several INFO lines per document; a production host turns that off
        XRLog.setLoggingEnabled(false);
    }

    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    /** Renders an XHTML document to PDF. */
    void render(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
                true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invoice as XHTML: letterhead, parties, line items, payment with QR code, totals, notes and terms. */
    static String invoice(InvoiceDocument document, String logoPng, String qrPng) {
        Invoice invoice = document.invoice();
        Text text = new Text(document.letterhead().locale());
        StringBuilder html = head(document.letterhead(), "Invoice " + document.reference());
        letterhead(html, logoPng, "INVOICE", document.reference());
        parties(html, document.letterhead(), "BILL TO", document.billTo(), new String[][] {
            {"Issue date", text.date(invoice.issueDate())}, {"Due date", text.date(invoice.dueDate())},
            {"Payment terms", invoice.content().paymentTerms().describe()},
            {"Amount due", text.money(invoice.amountDue())}});
        html.append("<table class='lines'><colgroup><col/><col style='width: 46pt'/><col style='width: 70pt'/>")
                .append("<col style='width: 124pt'/><col style='width: 76pt'/></colgroup>")
                .append("<thead><tr><th>Description</th><th class='num'>Qty</th>")
                .append("<th class='num'>Unit price</th><th>Tax</th><th class='num'>Amount</th></tr></thead><tbody>");
        for (int i = 0; i < invoice.content().lines().size(); i++) {
            LineItem line = invoice.content().lines().get(i);
            LineTotals figures = invoice.totals().lines().get(i);
            html.append("<tr class='").append(i % 2 == 1 ? "odd" : "even").append("'><td>")
                    .append(escape(line.description()));
            if (figures.lineDiscount().isPositive()) {
                html.append("<div class='muted'>Discount ").append(text.money(figures.lineDiscount().negate()))
                        .append("</div>");
            }
            html.append("</td><td class='num'>").append(text.quantity(line)).append("</td><td class='num'>")
                    .append(text.money(line.unitPrice())).append("</td><td class='small'>");
            for (int t = 0; t < line.taxes().size(); t++) {
                TaxRate rate = line.taxes().get(t);
                html.append("<div>").append(escape(rate.name())).append(' ').append(rate.rate()).append(" · ")
                        .append(text.money(figures.taxes().get(t))).append("</div>");
            }
            html.append("</td><td class='num'>").append(text.money(figures.net())).append("</td></tr>");
        }
        html.append("</tbody></table><table class='closing'><tr><td class='left'><div class='label'>PAYMENT</div>")
                .append("<div class='small'>").append(invoice.content().paymentTerms().describe())
                .append(". Please pay ").append(text.money(invoice.amountDue())).append(" by ")
                .append(text.date(invoice.dueDate())).append(" and quote ").append(invoice.number())
                .append(" with your payment.</div>");
        document.payUrl().ifPresent(url -> html.append("<table class='pay'><tr><td><img class='qr' src='")
                .append(qrPng).append("'/></td><td><a class='link' href='").append(escape(url.toString()))
                .append("'>Pay online</a><div class='muted'>Scan the code or open:</div><div class='small'>")
                .append(escape(url.toString())).append("</div></td></tr></table>"));
        html.append("</td><td class='right'><table class='facts'>");
        fact(html, "Subtotal", text.money(invoice.totals().subtotal()), false);
        fact(html, "Discount", text.money(invoice.totals().discount().negate()), false);
        for (TaxAmount tax : invoice.totals().taxes()) {
            fact(html, escape(tax.rate().name()) + " " + tax.rate().rate() + " on " + text.money(tax.taxable()),
                    text.money(tax.tax()), false);
        }
        fact(html, "Total", text.money(invoice.total()), false);
        fact(html, "Amount due", text.money(invoice.amountDue()), true);
        html.append("</table></td></tr></table><table class='closing'><tr><td class='left'>")
                .append("<div class='label'>NOTES</div><div class='small'>")
                .append(escape(invoice.content().notes())).append("</div></td><td class='left'>")
                .append("<div class='label'>TERMS</div><div class='small'>").append(escape(invoice.content().terms()))
                .append("</div></td></tr></table>");
        return html.append("</body></html>").toString();
    }

    /** The statement as XHTML: letterhead, parties and balances, and every movement. */
    static String statement(StatementDocument document, String logoPng) {
        Statement statement = document.statement();
        Text text = new Text(document.letterhead().locale());
        String period = text.date(statement.from()) + " – " + text.date(statement.to());
        StringBuilder html = head(document.letterhead(), "Statement " + document.reference());
        letterhead(html, logoPng, "STATEMENT", period);
        parties(html, document.letterhead(), "STATEMENT FOR", document.billTo(), new String[][] {
            {"Opening balance", text.money(statement.openingBalance())},
            {"Balance due", text.money(statement.closingBalance())}});
        html.append("<table class='lines'><colgroup><col style='width: 82pt'/><col style='width: 96pt'/><col/>")
                .append("<col style='width: 92pt'/><col style='width: 92pt'/></colgroup>")
                .append("<thead><tr><th>Date</th><th>Movement</th><th>Reference</th>")
                .append("<th class='num'>Amount</th><th class='num'>Balance</th></tr></thead><tbody>")
                .append("<tr class='even'><td><b>").append(text.date(statement.from()))
                .append("</b></td><td><b>Opening balance</b></td><td></td><td></td><td class='num'><b>")
                .append(text.money(statement.openingBalance())).append("</b></td></tr>");
        int row = 1;
        for (StatementLine line : statement.lines()) {
            html.append("<tr class='").append(row++ % 2 == 1 ? "odd" : "even").append("'><td>")
                    .append(text.date(line.date())).append("</td><td>").append(movement(line.kind()))
                    .append("</td><td>")
                    .append(escape(line.reference())).append("</td><td class='num'>").append(text.money(line.amount()))
                    .append("</td><td class='num'>").append(text.money(line.balance())).append("</td></tr>");
        }
        html.append("<tr><td><b>").append(text.date(statement.to()))
                .append("</b></td><td><b>Closing balance</b></td><td></td><td></td><td class='num'><b>")
                .append(text.money(statement.closingBalance())).append("</b></td></tr></tbody></table>");
        return html.append("</body></html>").toString();
    }

    /** A PNG as a data URI. */
    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static StringBuilder head(Letterhead letterhead, String title) {
        String accent = letterhead.accentColour();
        return new StringBuilder(64 * 1024).append("<?xml version='1.0' encoding='UTF-8'?><html><head><title>")
                .append(escape(title)).append("</title><style>")
                .append("@page { size: letter; margin: 38pt 42pt 48pt 42pt; ")
                .append("@bottom-left { content: '").append(escape(letterhead.businessName())).append(" · ")
                .append(escape(title)).append("'; font-family: '" + FAMILY + "'; font-size: 7.5pt; color: #6B7280 } ")
                .append("@bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-family: '")
                .append(FAMILY).append("'; font-size: 7.5pt; color: #6B7280 } } ")
                .append("body { font-family: '" + FAMILY + "'; font-size: 8.5pt; color: ")
                .append(letterhead.primaryColour()).append("; margin: 0 } ")
                .append("table { border-collapse: collapse; width: 100% } td, th { vertical-align: top } ")
                .append(".title { font-size: 22pt; font-weight: bold; color: ").append(accent)
                .append("; text-align: right } .reference { font-size: 10.5pt; font-weight: bold; text-align: right }")
                .append(" .label { font-size: 7pt; font-weight: bold; color: #6B7280 } ")
                .append(".small { font-size: 7.5pt } .muted { font-size: 7.5pt; color: #6B7280 } ")
                .append("table.lines { margin-top: 14pt; table-layout: fixed; -fs-table-paginate: paginate } ")
                .append(".num { white-space: nowrap } ")
                .append("thead { display: table-header-group } ")
                .append("th { background: ").append(accent).append("; color: #FFFFFF; font-size: 7.5pt; ")
                .append("text-align: left; padding: 3pt 5pt } td { padding: 2.5pt 5pt } ")
                .append("tr.odd td { background: #F4F5F7 } tr { page-break-inside: avoid } .num { text-align: right }")
                .append(" table.closing { margin-top: 10pt } td.left { width: 55% } td.right { width: 45% } ")
                .append("table.facts td { padding: 1pt 6pt } tr.emphasis td { background: #E7F1F0; ")
                .append("font-weight: bold; font-size: 10.5pt; padding: 4pt 6pt } ")
                .append("img.qr { width: 62pt; height: 62pt } .link { font-size: 9.5pt; font-weight: bold; color: ")
                .append(accent).append(" } img.logo { height: 46pt }</style></head><body>");
    }

    private static void letterhead(StringBuilder html, String logoPng, String title, String reference) {
        html.append("<table><tr><td><img class='logo' src='").append(logoPng).append("'/></td><td><div class='title'>")
                .append(title).append("</div><div class='reference'>").append(escape(reference))
                .append("</div></td></tr></table>");
    }

    private static void parties(StringBuilder html, Letterhead from, String toLabel, BillTo to, String[][] facts) {
        html.append("<table style='margin-top: 14pt'><tr><td style='width: 31%'><div class='label'>FROM</div><b>")
                .append(escape(from.businessName())).append("</b>");
        for (String line : from.addressLines()) {
            html.append("<div class='small'>").append(escape(line)).append("</div>");
        }
        html.append("<div class='small'>").append(escape(from.email())).append("</div>");
        for (TaxId taxId : from.taxIds()) {
            html.append("<div class='small'>").append(escape(taxId.scheme() + " " + taxId.value())).append("</div>");
        }
        html.append("</td><td style='width: 31%'><div class='label'>").append(toLabel).append("</div><b>")
                .append(escape(to.name())).append("</b>");
        for (String line : to.addressLines()) {
            html.append("<div class='small'>").append(escape(line)).append("</div>");
        }
        html.append("<div class='small'>").append(escape(to.email())).append("</div><div class='small'>Tax ID ")
                .append(escape(to.taxId())).append("</div></td><td><table class='facts'>");
        for (int i = 0; i < facts.length; i++) {
            fact(html, facts[i][0], facts[i][1], i == facts.length - 1);
        }
        html.append("</table></td></tr></table>");
    }

    private static String movement(StatementLine.Kind kind) {
        String name = kind.name().replace('_', ' ');
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static void fact(StringBuilder html, String label, String value, boolean emphasis) {
        html.append(emphasis ? "<tr class='emphasis'>" : "<tr>").append("<td class='muted'>").append(label)
                .append("</td><td class='num'>").append(value).append("</td></tr>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&#39;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = HtmlPeer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a template engine would do for amounts, quantities and dates. */
    private static final class Text {
        private final DecimalFormat money;
        private final NumberFormat number;
        private final DateTimeFormatter date;

        Text(Locale locale) {
            this.money = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
            this.number = NumberFormat.getNumberInstance(locale);
            this.number.setMaximumFractionDigits(6);
            this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        }

        String money(Money amount) {
            money.setCurrency(amount.currency().toJavaCurrency());
            money.setMinimumFractionDigits(amount.currency().minorDigits());
            money.setMaximumFractionDigits(amount.currency().minorDigits());
            return money.format(amount.amount());
        }

        String quantity(LineItem line) {
            return number.format(line.quantity()) + (line.unit().isEmpty() ? "" : " " + line.unit());
        }

        String date(LocalDate value) {
            return date.format(value);
        }
    }
}
