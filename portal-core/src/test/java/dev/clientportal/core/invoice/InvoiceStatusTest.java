package dev.clientportal.core.invoice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.clientportal.core.invoice.InvoiceStatus.DRAFT;
import static dev.clientportal.core.invoice.InvoiceStatus.OPEN;
import static dev.clientportal.core.invoice.InvoiceStatus.PAID;
import static dev.clientportal.core.invoice.InvoiceStatus.PARTIALLY_PAID;
import static dev.clientportal.core.invoice.InvoiceStatus.UNCOLLECTIBLE;
import static dev.clientportal.core.invoice.InvoiceStatus.VOID;
import static org.assertj.core.api.Assertions.assertThat;

class InvoiceStatusTest {

    /** The lifecycle of the design brief, written out independently of the enum. */
    static final Map<InvoiceStatus, Set<InvoiceStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(OPEN, PAID),
            OPEN, EnumSet.of(PARTIALLY_PAID, PAID, VOID, UNCOLLECTIBLE),
            PARTIALLY_PAID, EnumSet.of(OPEN, PAID, VOID, UNCOLLECTIBLE),
            PAID, EnumSet.of(OPEN, PARTIALLY_PAID),
            UNCOLLECTIBLE, EnumSet.of(PAID),
            VOID, EnumSet.noneOf(InvoiceStatus.class));

    static Stream<Arguments> everyPairOfStates() {
        return Stream.of(InvoiceStatus.values()).flatMap(from -> Stream.of(InvoiceStatus.values())
                .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} → {1} allowed: {2}")
    @MethodSource("everyPairOfStates")
    void exactlyTheTransitionsOfTheLifecycleAreAllowed(InvoiceStatus from, InvoiceStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.allowedNext().contains(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} payable: {1}, issued: {2}")
    @MethodSource("payableAndIssued")
    void onlyOpenPartlyPaidAndUncollectibleInvoicesTakePayments(InvoiceStatus status, boolean payable,
                                                                 boolean issued) {
        assertThat(status.isPayable()).isEqualTo(payable);
        assertThat(status.isIssued()).isEqualTo(issued);
    }

    static Stream<Arguments> payableAndIssued() {
        return Stream.of(Arguments.of(DRAFT, false, false), Arguments.of(OPEN, true, true),
                Arguments.of(PARTIALLY_PAID, true, true), Arguments.of(PAID, false, true),
                Arguments.of(VOID, false, false), Arguments.of(UNCOLLECTIBLE, true, true));
    }
}
