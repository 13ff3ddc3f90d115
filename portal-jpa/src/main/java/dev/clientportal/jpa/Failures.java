package dev.clientportal.jpa;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the provider and the JDBC driver throw into {@link PortalException}s a host can act on, so no
 * provider exception leaves a port: lost races — a stale version, a deadlock or serialization failure the database
 * broke by aborting this transaction — become {@link ErrorCode#CONCURRENT_MODIFICATION} (the portal reruns its own
 * transactions on it), a unique key that carries an idempotency rule becomes that rule's code, and lock timeouts and
 * lost connections {@link ErrorCode#STORE_UNAVAILABLE}. What is none of these is a defect (a missing table, a wrong mapping) and is
 * rethrown as an {@link IllegalStateException} that names the action.
 */
final class Failures {

    /** SQLSTATEs of a unique violation: the standard one, and MariaDB/MySQL's class for every integrity error. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;

    /** Deadlocks and serialization failures the database broke by aborting this transaction. */
    private static final Set<String> ABORTED = Set.of("40001", "40P01");
    private static final int MYSQL_DEADLOCK = 1213;

    /** Lock waits and statements that ran out of time: PostgreSQL, H2. */
    private static final Set<String> TIMED_OUT = Set.of("55P03", "57014", "HYT00");
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    /** The server ended the session: PostgreSQL's administrator shutdown and terminate, crash recovery. */
    private static final Set<String> TERMINATED = Set.of("57P01", "57P02", "57P03");
    /** MariaDB: connection killed, query interrupted, server gone, lost during query. */
    private static final Set<Integer> MYSQL_CONNECTION_LOST = Set.of(1927, 1317, 2006, 2013);

    private Failures() {
    }

    /** Translates a failure of an action with no idempotency rule of its own. */
    static RuntimeException translate(RuntimeException failure, String action) {
        return translate(failure, action, Map.of());
    }

    /**
     * Translates a failure.
     *
     * @param failure         what the provider or driver threw
     * @param action          what was being done, for the message
     * @param uniqueKeyCodes  the code for a violation of each named unique constraint (names in lower case)
     * @return the exception to throw instead
     */
    static RuntimeException translate(RuntimeException failure, String action, Map<String, ErrorCode> uniqueKeyCodes) {
        if (failure instanceof PortalException) {
            return failure;
        }
        SQLException sql = sqlCause(failure);
        if (sql != null && isUniqueViolation(sql)) {
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, ErrorCode> rule : uniqueKeyCodes.entrySet()) {
                if (message.contains(rule.getKey())) {
                    return new PortalException(rule.getValue(), "could not " + action + ": a row with the same "
                            + rule.getKey() + " exists already", failure);
                }
            }
            return new PortalException(ErrorCode.DUPLICATE_KEY,
                    "could not " + action + ": the row exists already", failure);
        }
        if (failure instanceof EntityExistsException) {
            return new PortalException(ErrorCode.DUPLICATE_KEY,
                    "could not " + action + ": the row exists already", failure);
        }
        if (failure instanceof OptimisticLockException) {
            return new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "could not " + action
                    + ": someone else changed the row first; load it again and retry", failure);
        }
        if (sql != null && isAborted(sql)) {
            return new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "could not " + action
                    + ": the database aborted this transaction to let a concurrent one finish ("
                    + describe(sql, failure) + "); retry", failure);
        }
        if (failure instanceof PessimisticLockException || failure instanceof LockTimeoutException
                || failure instanceof QueryTimeoutException || (sql != null && isTimedOut(sql))) {
            return new PortalException(ErrorCode.STORE_UNAVAILABLE, "could not " + action
                    + ": the database aborted or timed out (" + describe(sql, failure) + "); retry", failure);
        }
        if (sql != null && isConnectionLost(sql)) {
            return new PortalException(ErrorCode.STORE_UNAVAILABLE, "could not " + action
                    + ": the connection to the database was lost (" + describe(sql, failure) + "); retry", failure);
        }
        return new IllegalStateException("could not " + action + ": " + describe(sql, failure), failure);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                // the innermost SQLException carries the server's state and code
                SQLException inner = sql;
                while (inner.getNextException() != null && inner.getSQLState() == null) {
                    inner = inner.getNextException();
                }
                return inner;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean isUniqueViolation(SQLException sql) {
        return UNIQUE_VIOLATION.equals(sql.getSQLState()) || sql.getErrorCode() == MYSQL_DUPLICATE_ENTRY
                && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }

    private static boolean isAborted(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && ABORTED.contains(state) || sql.getErrorCode() == MYSQL_DEADLOCK;
    }

    private static boolean isTimedOut(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && TIMED_OUT.contains(state) || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT;
    }

    private static boolean isConnectionLost(SQLException sql) {
        String state = sql.getSQLState();
        return sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException
                || state != null && (state.startsWith("08") || TERMINATED.contains(state))
                || MYSQL_CONNECTION_LOST.contains(sql.getErrorCode());
    }

    private static String describe(SQLException sql, RuntimeException failure) {
        return sql == null ? String.valueOf(failure.getMessage())
                : "SQLSTATE " + sql.getSQLState() + ", code " + sql.getErrorCode() + ": " + sql.getMessage();
    }
}
