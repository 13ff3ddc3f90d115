package dev.clientportal.core.testing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Assertions for the SDK's one exception family. */
public final class PortalAssertions {

    private PortalAssertions() {
    }

    /**
     * Asserts that a call is rejected with a {@link PortalException} of the given code, and returns an assertion on
     * the exception for checks of its message.
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable call,
                                                                                ErrorCode code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a PortalException with %s", code).isInstanceOf(PortalException.class);
        assertThat(((PortalException) thrown).errorCode()).as("error code of: %s", thrown.getMessage())
                .isEqualTo(code);
        return assertThat(thrown);
    }
}
