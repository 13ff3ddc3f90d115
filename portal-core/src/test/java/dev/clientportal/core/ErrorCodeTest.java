package dev.clientportal.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodeTest {

    @Test
    void everyCodeIsUnique() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeIsAnAreaAndANameInLowerSnakeCase(ErrorCode errorCode) {
        assertThat(errorCode.code()).isNotBlank().matches("[a-z_]+\\.[a-z_]+");
        assertThat(errorCode.kind()).isNotNull();
    }

    @Test
    void anExceptionCarriesItsCodeAndNamesFieldValueAndRule() {
        PortalException e = PortalException.invalid(ErrorCode.INVALID_QUANTITY, "line.quantity", "-1",
                "must be greater than zero");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_QUANTITY);
        assertThat(e.code()).isEqualTo("pricing.invalid_quantity");
        assertThat(e).hasMessage("INVALID_QUANTITY: line.quantity = -1: must be greater than zero");
    }
}
