package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Portal sessions: sliding idle expiry, an absolute lifetime, sign-out, and the ways the business ends them. */
class SessionTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration LIFETIME = Duration.ofHours(3);

    private final PortalFixture fixture = PortalFixture.inMemory(builder ->
            builder.accessSettings(AccessSettings.DEFAULTS.withSessions(IDLE, LIFETIME)));
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
    private final SignedIn session = fixture.signIn(acme, ana);

    @Test
    void eachRequest_slidesTheIdleExpiry() {
        for (int request = 0; request < 5; request++) {
            fixture.clock.advance(IDLE.minusSeconds(1));
            assertThat(authenticate().contactId()).isEqualTo(ana.id());
        }
    }

    @Test
    void aSessionIdleForTheIdleTimeout_failsWithSessionExpired() {
        fixture.clock.advance(Duration.ofMinutes(10));
        authenticate();

        fixture.clock.advance(IDLE);

        assertRejected(this::authenticate, ErrorCode.SESSION_EXPIRED);
    }

    @Test
    void theAbsoluteLifetime_endsASessionHoweverActiveItIs() {
        Instant end = Instant.parse(PortalFixture.START).plus(LIFETIME);
        assertThat(session.sessionExpiresAt()).isEqualTo(end);

        while (fixture.clock.instant().plus(IDLE.dividedBy(2)).isBefore(end)) {
            fixture.clock.advance(IDLE.dividedBy(2));
            authenticate();
        }
        fixture.clock.set(end);

        assertRejected(this::authenticate, ErrorCode.SESSION_EXPIRED);
    }

    @Test
    void signingOut_endsTheSession_withSessionRevoked_andIsAudited() {
        access.signOut(session.sessionToken());

        assertRejected(this::authenticate, ErrorCode.SESSION_REVOKED);
        assertThat(access.sessions(acme, ana.id())).isEmpty();
        assertThat(fixture.portal.audit().forSubject(acme, "contact", ana.id().toString()))
                .extracting(AuditEntry::action).contains("access.signed_out");
    }

    @Test
    void signingOutTwice_orWithAnUnknownToken_isIgnored() {
        access.signOut(session.sessionToken());
        access.signOut(session.sessionToken());
        access.signOut("no such session");

        assertThat(fixture.portal.audit().forSubject(acme, "contact", ana.id().toString()))
                .extracting(AuditEntry::action).containsOnlyOnce("access.signed_out");
    }

    @Test
    void signingOut_endsOnlyThatSession() {
        SignedIn second = fixture.signIn(acme, ana);

        access.signOut(session.sessionToken());

        assertThat(access.authenticate(second.sessionToken(), fixture.browser()).contactId()).isEqualTo(ana.id());
        assertThat(access.sessions(acme, ana.id())).extracting(PortalSession::id)
                .containsExactly(second.principal().sessionId());
    }

    @Test
    void anUnknownSessionToken_failsWithTokenInvalid() {
        assertRejected(() -> access.authenticate("x".repeat(43), fixture.browser()), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void revokingTheContact_endsItsSessionsAtOnce() {
        SignedIn second = fixture.signIn(acme, ana);

        access.revokeContact(acme, ana.id(), "left the company");

        assertRejected(this::authenticate, ErrorCode.SESSION_REVOKED);
        assertRejected(() -> access.authenticate(second.sessionToken(), fixture.browser()),
                ErrorCode.SESSION_REVOKED);
        assertThat(access.sessions(acme, ana.id())).isEmpty();
    }

    @Test
    void removingTheContact_orArchivingItsClient_endsItsSessionsWithAccessRevoked() {
        Contact bob = fixture.contact(acme, globex, "Bob Stone", Role.VIEWER);
        SignedIn bobs = fixture.signIn(acme, bob);

        fixture.portal.clients().removeContact(acme, ana.id());
        assertRejected(this::authenticate, ErrorCode.ACCESS_REVOKED);
        assertThat(access.authenticate(bobs.sessionToken(), fixture.browser()).contactId()).isEqualTo(bob.id());

        fixture.portal.clients().archive(acme, globex.id());
        assertRejected(() -> access.authenticate(bobs.sessionToken(), fixture.browser()), ErrorCode.ACCESS_REVOKED);
    }

    @Test
    void changedRoles_applyFromTheNextRequest() {
        fixture.portal.clients().changeRoles(acme, ana.id(), Set.of(Role.VIEWER));

        ContactPrincipal principal = authenticate();

        assertThat(principal.roles()).containsExactly(Role.VIEWER);
        assertRejected(() -> principal.requireAllowed(PortalAction.PAY), ErrorCode.ROLE_REQUIRED);
    }

    @Test
    void sessions_listsTheContactsLiveSessions_newestFirst_withTheirOrigin() {
        fixture.clock.advance(Duration.ofMinutes(1));
        SignedIn second = access.signIn(access.invite(acme, ana.id()).token(),
                PortalFixture.browserAt("203.0.113.50"));

        assertThat(access.sessions(acme, ana.id())).extracting(PortalSession::id)
                .containsExactly(second.principal().sessionId(), session.principal().sessionId());
        assertThat(access.sessions(acme, ana.id()).get(0)).satisfies(newest -> {
            assertThat(newest.address()).isEqualTo("203.0.113.50");
            assertThat(newest.userAgent()).isEqualTo(PortalFixture.BROWSER);
            assertThat(newest.createdAt()).isEqualTo(Instant.parse("2026-03-02T09:01:00Z"));
        });
    }

    @Test
    void theSessionsOfAContactOfAnotherWorkspace_areContactNotFound() {
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertRejected(() -> access.sessions(initech, ana.id()), ErrorCode.CONTACT_NOT_FOUND);
        assertRejected(() -> access.revokeContact(initech, ana.id(), "x"), ErrorCode.CONTACT_NOT_FOUND);
        assertThat(authenticate().contactId()).isEqualTo(ana.id());
    }

    private ContactPrincipal authenticate() {
        return access.authenticate(session.sessionToken(), fixture.browser());
    }
}
