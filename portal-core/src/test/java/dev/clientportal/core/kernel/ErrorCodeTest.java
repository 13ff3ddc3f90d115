package dev.clientportal.core.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodeTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path ERROR_CODE_SOURCE = MAIN_SOURCES.resolve("dev/clientportal/core/kernel/ErrorCode.java");

    /**
     * Codes no core class throws, each for a stated reason. None at present: {@code STORE_UNAVAILABLE}, which store
     * adapters (portal-jpa) map database timeouts, deadlocks and lost connections to, is also what core's write-behind
     * view log throws when its queue is full because the store keeps failing.
     */
    private static final Set<ErrorCode> THROWN_OUTSIDE_CORE = EnumSet.noneOf(ErrorCode.class);

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
    void everyCodeIsUsedByMainCodeOrIsOnTheAdapterAllowList() throws IOException {
        String code = mainCodeWithoutComments();
        Set<ErrorCode> unused = Arrays.stream(ErrorCode.values())
                .filter(c -> !Pattern.compile("\\bErrorCode\\s*\\.\\s*" + c.name() + "\\b").matcher(code).find())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorCode.class)));
        // both ways: an allow-listed code that core starts to throw leaves the list
        assertThat(unused).as("codes no main class references (remove them or allow-list them with a reason)")
                .isEqualTo(THROWN_OUTSIDE_CORE);
    }

    @Test
    void everyCodeHasItsOwnJavadoc() throws IOException {
        String source = Files.readString(ERROR_CODE_SOURCE, StandardCharsets.UTF_8);
        Matcher constant = Pattern.compile("(?m)^    ([A-Z_]+)\\(\"").matcher(source);
        Set<String> documented = new java.util.HashSet<>();
        while (constant.find()) {
            String before = source.substring(0, constant.start()).stripTrailing();
            int open = before.lastIndexOf("/**");
            // the comment right before the constant, at least a sentence of its own
            if (before.endsWith("*/") && open >= 0 && before.substring(open).length() > 40
                    && !before.substring(open).contains("(\"")) {
                documented.add(constant.group(1));
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
    }

    @Test
    void onlyLostRacesAndUnavailableServicesAreRetryable() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(ErrorCode::retryable))
                .containsExactlyInAnyOrder(ErrorCode.CONCURRENT_MODIFICATION, ErrorCode.STORE_UNAVAILABLE,
                        ErrorCode.GATEWAY_UNAVAILABLE);
        assertThat(ErrorCode.PAYMENT_REFERENCE_CONFLICT.kind()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION.kind());
        assertThat(ErrorCode.PAYMENT_REFERENCE_CONFLICT.retryable()).isFalse();
        assertThat(ErrorCode.STORE_UNAVAILABLE.code()).isEqualTo("store.unavailable");
        assertThat(ErrorCode.STORE_UNAVAILABLE.kind()).isEqualTo(ErrorCode.Kind.UNAVAILABLE);
    }

    @Test
    void anExceptionCarriesItsCodeAndNamesFieldValueAndRule() {
        PortalException e = PortalException.invalid(ErrorCode.INVALID_QUANTITY, "line.quantity", "-1",
                "must be greater than zero");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_QUANTITY);
        assertThat(e.code()).isEqualTo("pricing.invalid_quantity");
        assertThat(e).hasMessage("pricing.invalid_quantity: line.quantity = -1: must be greater than zero");
    }

    private static String mainCodeWithoutComments() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(ERROR_CODE_SOURCE))
                    .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        // a code named only in Javadoc ({@link ErrorCode#X}) or a comment is not thrown
        return all.toString().replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
