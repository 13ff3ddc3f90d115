package dev.clientportal.core.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PortalExceptionTest {

    @Test
    void theMessageStartsWithTheStableCodeNotTheEnumName() {
        PortalException e = new PortalException(ErrorCode.INVOICE_NOT_EDITABLE, "invoice INV-7 is OPEN");

        assertThat(e).hasMessage("invoice.not_editable: invoice INV-7 is OPEN");
        assertThat(new PortalException(ErrorCode.MISSING_PORT, "x", new IllegalStateException()))
                .hasMessageStartingWith("portal.missing_port: ");
    }

    @Test
    void anInvalidValueNamesItsFieldValueKindAndWhetherToRetry() {
        PortalException e = PortalException.invalid(ErrorCode.INVALID_QUANTITY, "line.quantity", -1, "must be > 0");

        assertThat(e.field()).contains("line.quantity");
        assertThat(e.rejectedValue()).contains("-1");
        assertThat(e.kind()).isEqualTo(ErrorCode.Kind.INVALID_INPUT);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void aRequiredFieldIsNamedWithoutAValue() {
        PortalException e = PortalException.required("client.name");

        assertThat(e.errorCode()).isEqualTo(ErrorCode.REQUIRED);
        assertThat(e.field()).contains("client.name");
        assertThat(e.rejectedValue()).isEmpty();
        assertThat(e).hasMessage("input.required: client.name is required");
    }

    @Test
    void notFoundNamesTheSubjectAsFieldAndTheIdAsValue() {
        PortalException e = PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", "inv-42");

        assertThat(e.field()).contains("invoice");
        assertThat(e.rejectedValue()).contains("inv-42");
        assertThat(e.kind()).isEqualTo(ErrorCode.Kind.NOT_FOUND);
        assertThat(e).hasMessage("invoice.not_found: invoice inv-42 was not found");
    }

    @Test
    void anExceptionMadeFromAMessageAloneHasNoFieldOrValue() {
        PortalException e = new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "invoice was saved meanwhile");

        assertThat(e.field()).isEmpty();
        assertThat(e.rejectedValue()).isEmpty();
        assertThat(e.retryable()).isTrue();
        assertThat(e.kind()).isEqualTo(ErrorCode.Kind.CONFLICT);
    }

    @Test
    void aHostileValueIsTruncatedAndItsControlAndBidiCharactersEscaped() {
        String hostile = "evil\r\nINFO forged log line\u202E" + "x".repeat(100_000);

        PortalException e = PortalException.invalid(ErrorCode.INVALID_VALUE, "client.name", hostile, "too long");

        String value = e.rejectedValue().orElseThrow();
        assertThat(value).startsWith("evil\\u000D\\u000AINFO forged log line\\u202Ex").endsWith("…")
                .doesNotContain("\r", "\n", "\u202E");
        assertThat(value.length()).isLessThanOrEqualTo(PortalException.MAX_REJECTED_VALUE_LENGTH + 6);
        assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(200);
    }

    @Test
    void readableTextInAnyScriptIsKeptAsItIs() {
        PortalException e = PortalException.invalid(ErrorCode.INVALID_VALUE, "name", "Łukasiewicz 日本 😀", "rule");

        assertThat(e.rejectedValue()).contains("Łukasiewicz 日本 😀");
    }

    @Test
    void anAlreadyQuotedValueIsNotQuotedTwice() {
        String quoted = "9".repeat(32) + "…";

        assertThat(PortalException.invalid(ErrorCode.NUMBER_TOO_LONG, "amount", quoted, "too long").rejectedValue())
                .contains(quoted);
    }

    @Test
    void aHugeDecimalIsDescribedByItsSizeNotPrinted() {
        BigDecimal huge = BigDecimal.TEN.pow(50_000).add(BigDecimal.ONE);

        PortalException e = PortalException.invalid(ErrorCode.AMOUNT_OUT_OF_RANGE, "amount", huge, "too large");

        assertThat(e.rejectedValue()).contains("a number of about 50001 digits");
    }
}
