package dev.clientportal.jpa;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.testing.PortalFixture;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session check every signed-in request makes reads its facts in one statement: a session seen within the last
 * minute costs that statement alone, one seen longer ago adds the single update that slides it; re-checking access
 * inside a decision is one statement too.
 */
class SessionCheckStatementCountTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void authenticatingALiveSession_isOneStatement_plusOneUpdateOnlyWhenLastSeenIsStale(Vendor vendor) {
        PortalFixture fixture = fixtureOn(vendor);
        String token = anaSignedIn(fixture).sessionToken();

        long fresh = statements(() -> fixture.portal.access().authenticate(token, fixture.browser()));
        fixture.clock.advance(Duration.ofMinutes(5));
        long stale = statements(() -> fixture.portal.access().authenticate(token, fixture.browser()));
        long freshAgain = statements(() -> fixture.portal.access().authenticate(token, fixture.browser()));

        assertThat(fresh).as("statements of a check with last-seen fresh").isEqualTo(1);
        assertThat(stale).as("statements of a check that slides the session").isEqualTo(2);
        assertThat(freshAgain).as("statements of the next check, the session slid").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void reCheckingAccessForADecision_isOneStatement(Vendor vendor) {
        ContactPrincipal ana = anaSignedIn(fixtureOn(vendor)).principal();

        assertThat(statements(() -> {
            ana.requireAllowed(PortalAction.PAY);
            return null;
        })).as("statements of an access re-check").isEqualTo(1);
    }

    private static PortalFixture fixtureOn(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        return PortalFixture.over(JpaPortalStores.create(database.entityManagerFactory()));
    }

    /** A workspace, a client and its contact Ana, signed in. */
    private static SignedIn anaSignedIn(PortalFixture fixture) {
        StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        Client globex = fixture.client(owner, "Globex", USD);
        Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING);
        return fixture.signIn(owner, ana);
    }

    private static long statements(Supplier<?> work) {
        QueryCountHolder.clear();
        work.get();
        return TestDatabase.statements().getTotal();
    }
}
