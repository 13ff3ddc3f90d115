package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.micronauthost.PaymentsController.PaymentStart;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} of a client's payment start, kept in the host's own table (created by the host's
 * Flyway migration in {@code db/micronaut-host}, with a history table of its own beside portal-jpa's), so that it
 * holds across instances on one database. The key, per contact, is claimed by inserting its row before the payment
 * starts: of two requests with one key only the one whose insert lands starts it. The row keeps a hash of the request
 * and, once served, the answer, which a replay with the same request gets again; another request with the key is
 * refused ({@code payment.reference_conflict}, 422), and one while the first is still being served answers
 * {@code store.concurrent_modification} (409, retryable). A start that fails keeps nothing, so the key can be sent
 * again; a claim left unanswered for a minute (its instance stopped) is taken over.
 */
@Context
final class PaymentStartKeys {

    /** How long a claim without an answer stands before another request with the key takes it over. */
    static final Duration ABANDONED = Duration.ofMinutes(1);

    private static final String TABLE = "mn_payment_start_key";
    /** SQL's unique-violation state, as H2 and PostgreSQL report a key inserted twice. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final JsonMapper json;

    /**
     * The keys on the host's database, their table created or brought up to date first.
     *
     * @param dataSource the host's data source, as Micronaut injects it
     * @param resolver   Micronaut's way to the pool behind it: the keys are written on connections of their own,
     *                   committed at once, outside any transaction of the request
     * @param json       writes and reads the recorded answers
     */
    PaymentStartKeys(DataSource dataSource, DataSourceResolver resolver, JsonMapper json) {
        this.dataSource = resolver.resolve(dataSource);
        this.json = json;
        Flyway.configure().dataSource(this.dataSource).locations("classpath:db/micronaut-host")
                .table("mn_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /**
     * The answer to a payment start under a key: the one recorded for the key when the same request was served
     * before, otherwise the start's own, recorded for the key.
     *
     * @param contact the contact starting the payment, whose keys these are
     * @param key     the request's {@code Idempotency-Key}
     * @param request what the request asks for, the same text for the same request
     * @param start   starts the payment
     * @return the first answer under the key
     * @throws PortalException {@code payment.reference_conflict} on field {@code Idempotency-Key} when the key was
     *                         sent with another request; {@code store.concurrent_modification} while the first
     *                         request with the key is still being served; whatever {@code start} throws
     */
    PaymentStart once(ContactId contact, String key, String request, Supplier<PaymentStart> start) {
        String fingerprint = fingerprint(request);
        if (!claim(contact, key, fingerprint)) {
            Recorded recorded = find(contact, key).orElse(null);
            if (recorded != null && !recorded.fingerprint().equals(fingerprint)) {
                IdempotencyKeys.requireSame(false, ErrorCode.PAYMENT_REFERENCE_CONFLICT, key,
                        "a payment start of another invoice, installment or returnUrl");
            }
            if (recorded != null && recorded.answer() != null) {
                return read(recorded.answer());
            }
            if (!takeOver(contact, key, fingerprint)) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "a payment start with Idempotency-Key "
                        + key + " is still being served; send it again in a moment for its answer");
            }
        }
        PaymentStart answer;
        try {
            answer = start.get();
        } catch (RuntimeException e) {
            release(contact, key);
            throw e;
        }
        record(contact, key, answer);
        return answer;
    }

    /** What a key recorded: its request's hash, and its answer once served. */
    private record Recorded(String fingerprint, @Nullable String answer) {
    }

    /** Inserts the key's row; false when the key has one already. */
    private boolean claim(ContactId contact, String key, String fingerprint) {
        String sql = "insert into " + TABLE + " (contact_id, idempotency_key, fingerprint, claimed_at)"
                + " values (?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                sql)) {
            connection.setAutoCommit(true);
            insert.setString(1, contact.toString());
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setObject(4, now());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw unavailable(e);
        }
    }

    /** Claims a row of the same request left unanswered past {@link #ABANDONED}; false when it is not. */
    private boolean takeOver(ContactId contact, String key, String fingerprint) {
        return update("update " + TABLE + " set claimed_at = ? where contact_id = ? and idempotency_key = ?"
                + " and fingerprint = ? and answer is null and claimed_at < ?", now(), contact.toString(), key,
                fingerprint, now().minus(ABANDONED)) == 1;
    }

    private void record(ContactId contact, String key, PaymentStart answer) {
        String text;
        try {
            text = json.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update("update " + TABLE + " set answer = ? where contact_id = ? and idempotency_key = ?", text,
                contact.toString(), key);
    }

    private void release(ContactId contact, String key) {
        update("delete from " + TABLE + " where contact_id = ? and idempotency_key = ? and answer is null",
                contact.toString(), key);
    }

    private Optional<Recorded> find(ContactId contact, String key) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select fingerprint, answer from " + TABLE + " where contact_id = ? and idempotency_key = ?")) {
            connection.setAutoCommit(true);
            select.setString(1, contact.toString());
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Recorded(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private PaymentStart read(String answer) {
        try {
            return json.readValue(answer, PaymentStart.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String fingerprint(String request) {
        return HexFormat.of().formatHex(StaffTokens.sha256(request));
    }

    private static PortalException unavailable(SQLException e) {
        return new PortalException(ErrorCode.STORE_UNAVAILABLE, "the payment start's Idempotency-Key could not be "
                + "read or recorded: " + e.getMessage(), e);
    }
}
