package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which rows an export hands over: a period (inclusive, in the workspace's zone, as stored dates are: the issue date
 * of invoices and credit notes, the received date of payments, the refund date of refunds, the day of an audit
 * entry), optionally one client, optionally some invoice statuses, and how many rows each page reads.
 * Start with {@link #period(LocalDate, LocalDate)}.
 *
 * @param from     the first day, inclusive
 * @param to       the last day, inclusive, not before {@code from} and at most {@value #MAX_DAYS} days after it
 * @param clientId only this client's rows, or {@code null} for every client (clients' and audit exports ignore it)
 * @param statuses only invoices (and their lines and tax rows) in these statuses; empty for every issued invoice.
 *                 Drafts are never exported. Other exports ignore it
 * @param pageSize how many documents, payments, clients or entries one page reads from the store, 1 to
 *                 {@value #MAX_PAGE_SIZE}: for invoices and credit notes, which stream in one statement, the rows
 *                 fetched from the database at a time and the interval of progress reports; exports that decode
 *                 stored documents (lines, tax rows, credit notes) read at most {@value #MAX_CONTENT_PAGE} documents
 *                 a page
 * @param progress told the number of rows handed over after each page
 */
public record ExportFilter(LocalDate from, LocalDate to, @Nullable ClientId clientId, Set<InvoiceStatus> statuses,
                           int pageSize, ExportProgress progress) {

    /** The longest period one export covers: ten years and a few days. */
    public static final long MAX_DAYS = 3_660;
    /** The most rows one page reads. */
    public static final int MAX_PAGE_SIZE = 5_000;
    /** How many rows a page reads unless told otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 2_000;
    /** The most documents a page reads when it decodes their lines or totals: a document may have 10,000 lines. */
    public static final int MAX_CONTENT_PAGE = 100;

    /**
     * Checks the period, the statuses and the page size.
     *
     * @param from     the first day, inclusive
     * @param to       the last day, inclusive
     * @param clientId only this client's rows, or {@code null}
     * @param statuses only invoices in these statuses, empty for all issued ones; copied
     * @param pageSize rows per page read from the store
     * @param progress told how far the export has come
     * @throws PortalException {@link ErrorCode#INVALID_PERIOD} when {@code to} is before {@code from} or the period is
     *                         longer than {@value #MAX_DAYS} days, {@link ErrorCode#INVALID_VALUE} for a draft status
     *                         or a page size out of range, and for a missing part
     */
    public ExportFilter {
        InputLimits.requireDate(PortalException.requireField(from, "from"), "from");
        InputLimits.requireDate(PortalException.requireField(to, "to"), "to");
        if (to.isBefore(from)) {
            throw PortalException.invalid(ErrorCode.INVALID_PERIOD, "to", to, "must not be before from = " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw PortalException.invalid(ErrorCode.INVALID_PERIOD, "period", from + ".." + to,
                    "must span at most " + MAX_DAYS + " days");
        }
        statuses = Set.copyOf(PortalException.requireField(statuses, "statuses"));
        if (statuses.contains(InvoiceStatus.DRAFT)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "statuses", statuses,
                    "drafts are not exported: only issued invoices are accounting documents");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "pageSize", pageSize,
                    "must be between 1 and " + MAX_PAGE_SIZE);
        }
        PortalException.requireField(progress, "progress");
    }

    /**
     * Every row of the period, of every client and status, in pages of {@value #DEFAULT_PAGE_SIZE}.
     *
     * @param from the first day, inclusive
     * @param to   the last day, inclusive
     * @return the filter
     * @throws PortalException as the constructor
     */
    public static ExportFilter period(LocalDate from, LocalDate to) {
        return new ExportFilter(from, to, null, Set.of(), DEFAULT_PAGE_SIZE, ExportProgress.NONE);
    }

    /**
     * Only one client's rows; an id the workspace does not know makes the export fail with {@code CLIENT_NOT_FOUND}.
     *
     * @param client the client
     * @return this filter for that client only
     */
    public ExportFilter forClient(ClientId client) {
        return new ExportFilter(from, to, PortalException.requireField(client, "clientId"), statuses, pageSize,
                progress);
    }

    /**
     * Only invoices in these statuses (for invoice rows, their lines and their tax rows).
     *
     * @param first the first status
     * @param more  further statuses
     * @return this filter for those statuses only
     */
    public ExportFilter withStatuses(InvoiceStatus first, InvoiceStatus... more) {
        return new ExportFilter(from, to, clientId, EnumSet.of(PortalException.requireField(first, "statuses"), more),
                pageSize, progress);
    }

    /**
     * Pages of another size.
     *
     * @param rows how many rows one page reads
     * @return this filter with that page size
     */
    public ExportFilter pageSize(int rows) {
        return new ExportFilter(from, to, clientId, statuses, rows, progress);
    }

    /**
     * Reports progress to a callback after every page.
     *
     * @param callback told the rows handed over so far
     * @return this filter reporting to {@code callback}
     */
    public ExportFilter reportingTo(ExportProgress callback) {
        return new ExportFilter(from, to, clientId, statuses, pageSize, Objects.requireNonNull(callback, "progress"));
    }

    /**
     * Whether an invoice in this status passes the filter.
     *
     * @param status the invoice's status
     * @return whether it passes
     */
    public boolean admits(InvoiceStatus status) {
        return status != InvoiceStatus.DRAFT && (statuses.isEmpty() || statuses.contains(status));
    }

    /**
     * Whether a day lies in the period.
     *
     * @param day the day
     * @return whether {@code from ≤ day ≤ to}
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
