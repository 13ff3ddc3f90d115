package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.DaysSalesOutstanding;
import dev.clientportal.examples.demo.DueReminders;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.BusinessJson.AgingJson;
import dev.clientportal.examples.micronauthost.BusinessJson.EngagementJson;
import dev.clientportal.examples.micronauthost.BusinessJson.FollowUpJson;
import dev.clientportal.examples.micronauthost.BusinessJson.ReminderDueJson;
import dev.clientportal.examples.micronauthost.BusinessJson.ReminderSentJson;
import dev.clientportal.examples.micronauthost.BusinessJson.RemindersJson;
import dev.clientportal.examples.micronauthost.BusinessJson.VerificationJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the business reads to decide what to do next, as JSON: how clients engaged with an invoice or a quote, the
 * suggested follow-ups, accounts receivable aging with days sales outstanding, an invoice's reminders (sent and
 * due), and a check of the audit trail. Documents of another workspace answer 404.
 */
@Controller("/api/business")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class BusinessInsightsController {

    /** The DSO period without {@code from}: the 90 days up to {@code to}. */
    private static final int DSO_DAYS = 90;

    private final ClientPortal portal;
    private final Clock clock;

    BusinessInsightsController(ClientPortal portal) {
        this.portal = portal;
        this.clock = Clock.systemUTC();
    }

    @Get("/invoices/{id}/engagement")
    EngagementJson invoiceEngagement(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id) {
        Invoice invoice = portal.invoicing().get(staff, PathIds.invoice(id));
        DocumentRef document = DocumentRef.of(DocumentType.INVOICE, invoice.id());
        return EngagementJson.of(document, portal.analytics().engagement(staff, document));
    }

    @Get("/quotes/{id}/engagement")
    EngagementJson quoteEngagement(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id) {
        Quote quote = portal.quotes().get(staff, PathIds.quote(id));
        DocumentRef document = DocumentRef.of(DocumentType.QUOTE, quote.id());
        return EngagementJson.of(document, portal.analytics().engagement(staff, document));
    }

    @Get("/follow-ups")
    List<FollowUpJson> followUps(@Parameter(hidden = true) StaffPrincipal staff) {
        return portal.analytics().followUps(staff).stream().map(FollowUpJson::of).toList();
    }

    @Get("/aging")
    AgingJson aging(@Parameter(hidden = true) StaffPrincipal staff, @Nullable @QueryValue String asOf,
                    @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        LocalDate today = LocalDate.now(clock.withZone(portal.workspaces().get(staff).settings().timeZone()));
        LocalDate day = date(asOf, "asOf", today);
        LocalDate last = date(to, "to", day);
        LocalDate first = date(from, "from", last.minusDays(DSO_DAYS - 1L));
        AgingReport report = portal.receivables().aging(staff, day);
        List<CurrencyUnit> currencies = report.totals().stream().map(AgingAmounts::currency).toList();
        if (currencies.isEmpty()) {
            currencies = List.of(portal.workspaces().get(staff).settings().defaultCurrency());
        }
        List<DaysSalesOutstanding> dso = new ArrayList<>();
        for (CurrencyUnit currency : currencies) {
            dso.add(portal.receivables().daysSalesOutstanding(staff, currency, first, last));
        }
        return AgingJson.of(report, dso);
    }

    @Post("/audit/verification")
    VerificationJson verifyAudit(@Parameter(hidden = true) StaffPrincipal staff) {
        return VerificationJson.of(portal.audit().verify(staff));
    }

    @Get("/invoices/{id}/reminders")
    RemindersJson reminders(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id) {
        Invoice invoice = portal.invoicing().get(staff, PathIds.invoice(id));
        if (!invoice.status().isIssued()) {
            return new RemindersJson(invoice.id().toString(), false, List.of(), List.of());
        }
        List<ReminderLogEntry> sent = portal.automation().reminderLog(staff, invoice.id());
        ClientReminderSettings settings = portal.automation().clientReminders(staff, invoice.clientId());
        boolean paused = settings.paused() || !portal.automation().reminderPauses(staff, invoice.id()).isEmpty();
        ZoneId zone = portal.workspaces().get(staff).settings().timeZone();
        List<ReminderDueJson> due = paused ? List.of() : DueReminders.of(portal, staff, invoice, sent, zone,
                clock.instant()).stream().map(ReminderDueJson::of).toList();
        return new RemindersJson(invoice.id().toString(), paused, sent.stream().map(ReminderSentJson::of).toList(),
                due);
    }

    private static LocalDate date(@Nullable String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, text, "must be a date like 2026-03-31");
        }
    }
}
