package dev.clientportal.examples.demo;

import dev.clientportal.core.clientview.BalanceDue;
import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A client dashboard made in memory, without the portal or a database: what the hosts' bare benchmark page and
 * endpoint ({@code portal.benchmark.bare-page}, {@code portal.benchmark.bare-endpoint}) render, so that wrk can
 * measure the web stack alone beside the real dashboard. It has the shape of a typical client of the benchmarks'
 * receivables data set: ten invoices in USD, two of them open (one overdue), and the five latest payments.
 */
public final class BareDashboard {

    private static final CurrencyUnit USD = CurrencyUnit.of("USD");
    private static final String[] AMOUNTS = {"190.00", "735.00", "1725.00"};

    private BareDashboard() {
    }

    /**
     * The dashboard of the typical client on {@code today}; the same content on every call of the same day.
     *
     * @param today the day the dates count from
     * @return the dashboard
     */
    public static ClientDashboard typical(LocalDate today) {
        InvoiceSummary overdue = invoice(9, today.minusDays(52), true, Money.of("735.00", USD));
        InvoiceSummary due = invoice(10, today.minusDays(6), false, Money.of("1725.00", USD));
        Money owed = overdue.amountDue().plus(due.amountDue());
        List<PaymentSummary> payments = new ArrayList<>();
        for (int i = 0; i < ClientDashboard.RECENT_PAYMENTS; i++) {
            int invoice = 8 - i;
            payments.add(new PaymentSummary(new PaymentId(id(1000 + i)), today.minusDays(40L + 45L * i),
                    Money.of(AMOUNTS[invoice % AMOUNTS.length], USD), PaymentMethod.BANK_TRANSFER,
                    PaymentStatus.SUCCEEDED, "wire-%04d".formatted(invoice), Money.zero(USD),
                    List.of(number(invoice))));
        }
        return new ClientDashboard(List.of(new BalanceDue(USD, owed, overdue.dueDate(), 2, 1, Money.zero(USD), owed)),
                List.of(overdue, due), payments, 0, 0);
    }

    private static InvoiceSummary invoice(int n, LocalDate issued, boolean overdue, Money total) {
        return new InvoiceSummary(new InvoiceId(id(n)), number(n), InvoiceStatus.OPEN, overdue, issued,
                issued.plusDays(30), total, total);
    }

    private static String number(int n) {
        return "INV-2026-%06d".formatted(n);
    }

    private static UUID id(long n) {
        return new UUID(0x0b4e_0000_0000_4000L, 0x8000_0000_0000_0000L | n);
    }
}
