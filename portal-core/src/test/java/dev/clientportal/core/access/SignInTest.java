package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Invitations, requested magic links and their redemption: one use each, with a distinct code for every failure. */
class SignInTest {

    private static final Instant START = Instant.parse(PortalFixture.START);

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING, Role.APPROVER);

    @Test
    void anInvitation_signsTheContactInWithItsRoles_andStartsASessionThatAuthenticates() {
        SignInLink link = access.invite(acme, ana.id());
        SignedIn signedIn = access.signIn(link.token(), fixture.browser());

        assertThat(link.contactId()).isEqualTo(ana.id());
        assertThat(link.email()).isEqualTo("ana.ruiz@globex.example");
        assertThat(link.purpose()).isEqualTo(LoginToken.Purpose.INVITATION);
        assertThat(link.expiresAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        ContactPrincipal principal = signedIn.principal();
        assertThat(principal.workspaceId()).isEqualTo(acme.workspaceId());
        assertThat(principal.clientId()).isEqualTo(globex.id());
        assertThat(principal.contactId()).isEqualTo(ana.id());
        assertThat(principal.roles()).containsExactlyInAnyOrder(Role.BILLING, Role.APPROVER);
        assertThat(principal.channel()).isEqualTo(AccessChannel.SESSION);
        assertThat(signedIn.sessionExpiresAt()).isEqualTo(START.plus(Duration.ofDays(7)));

        ContactPrincipal again = access.authenticate(signedIn.sessionToken(), fixture.browser());
        assertThat(again.contactId()).isEqualTo(ana.id());
        assertThat(again.sessionId()).isEqualTo(principal.sessionId());
        assertThat(access.accessOf(acme, ana.id())).hasValueSatisfying(record -> {
            assertThat(record.status()).isEqualTo(PortalAccess.Status.ACTIVE);
            assertThat(record.invitedAt()).isEqualTo(START);
            assertThat(record.lastSignInAt()).isEqualTo(START);
        });
        assertThat(fixture.eventsOf(ContactInvited.class)).singleElement()
                .satisfies(event -> assertThat(event.contactId()).isEqualTo(ana.id()));
        assertThat(fixture.eventsOf(ContactSignedIn.class)).singleElement()
                .satisfies(event -> assertThat(event.sessionId()).isEqualTo(principal.sessionId()));
    }

    @Test
    void anInvitedContact_isInvitedUntilItSignsIn() {
        access.invite(acme, ana.id());

        assertThat(access.accessOf(acme, ana.id())).hasValueSatisfying(record -> {
            assertThat(record.status()).isEqualTo(PortalAccess.Status.INVITED);
            assertThat(record.lastSignInAt()).isNull();
        });
    }

    @Test
    void tokens_are256RandomBitsInUrlSafeBase64_andNeverRepeat() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(access.invite(acme, ana.id()).token());
        }

        assertThat(tokens).allMatch(token -> token.matches("[A-Za-z0-9_-]{43}")).doesNotHaveDuplicates();
    }

    @Test
    void aUsedToken_failsWithTokenUsed() {
        String token = access.invite(acme, ana.id()).token();
        access.signIn(token, fixture.browser());

        assertRejected(() -> access.signIn(token, fixture.browser()), ErrorCode.TOKEN_USED);
    }

    @Test
    void aRequestedLink_worksFor15Minutes_andFailsWithTokenExpiredFromThen() {
        access.invite(acme, ana.id());
        String lastMoment = requestedLink("ana.ruiz@globex.example").token();
        String expired = requestedLink("ana.ruiz@globex.example").token();

        fixture.clock.advance(Duration.ofMinutes(15).minusNanos(1000));
        access.signIn(lastMoment, fixture.browser());
        fixture.clock.advance(Duration.ofNanos(1000));

        assertRejected(() -> access.signIn(expired, fixture.browser()), ErrorCode.TOKEN_EXPIRED)
                .hasMessageContaining("expired at 2026-03-02T09:15:00Z");
    }

    @Test
    void anInvitation_expiresAfterSevenDays() {
        String token = access.invite(acme, ana.id()).token();

        fixture.clock.advance(Duration.ofDays(7));

        assertRejected(() -> access.signIn(token, fixture.browser()), ErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void theValidityOfRequestedLinks_isConfigurable() {
        PortalFixture fiveMinutes = PortalFixture.inMemory(builder ->
                builder.accessSettings(AccessSettings.DEFAULTS.withSignInLinkTtl(Duration.ofMinutes(5))));
        StaffPrincipal owner = fiveMinutes.workspace("Acme", USD);
        Contact bob = fiveMinutes.contact(owner, fiveMinutes.client(owner, "Globex"), "Bob Stone", Role.VIEWER);
        fiveMinutes.portal.access().invite(owner, bob.id());

        SignInLink link = fiveMinutes.portal.access().requestSignIn(owner.workspaceId(), "bob.stone@globex.example",
                fiveMinutes.browser()).get(0);
        fiveMinutes.clock.advance(Duration.ofMinutes(5));

        assertThat(link.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertRejected(() -> fiveMinutes.portal.access().signIn(link.token(), fiveMinutes.browser()),
                ErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void aTokenOfARevokedContact_failsWithTokenRevoked() {
        String token = access.invite(acme, ana.id()).token();

        access.revokeContact(acme, ana.id(), "left the company");

        assertRejected(() -> access.signIn(token, fixture.browser()), ErrorCode.TOKEN_REVOKED);
    }

    @Test
    void anUnknownToken_failsWithTokenInvalid() {
        access.invite(acme, ana.id());

        assertRejected(() -> access.signIn("x".repeat(43), fixture.browser()), ErrorCode.TOKEN_INVALID);
        assertRejected(() -> access.signIn("not a token", fixture.browser()), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void aSessionToken_isNoSignInToken_andASignInToken_isNoSession() {
        String invitation = access.invite(acme, ana.id()).token();
        String session = access.signIn(invitation, fixture.browser()).sessionToken();

        assertRejected(() -> access.signIn(session, fixture.browser()), ErrorCode.TOKEN_INVALID);
        assertRejected(() -> access.authenticate(invitation, fixture.browser()), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void reInviting_revokesTheEarlierInvitation_butNotALinkTheContactAskedFor() {
        String first = access.invite(acme, ana.id()).token();
        String requested = requestedLink("ana.ruiz@globex.example").token();
        String second = access.invite(acme, ana.id()).token();

        assertRejected(() -> access.signIn(first, fixture.browser()), ErrorCode.TOKEN_REVOKED);
        assertThat(access.signIn(second, fixture.browser()).principal().contactId()).isEqualTo(ana.id());
        assertThat(access.signIn(requested, fixture.browser()).principal().contactId()).isEqualTo(ana.id());
    }

    @Test
    void reInvitingARevokedContact_restoresItsAccess() {
        access.invite(acme, ana.id());
        access.revokeContact(acme, ana.id(), "mistake");

        SignInLink link = access.invite(acme, ana.id());

        assertThat(access.accessOf(acme, ana.id()).orElseThrow().status()).isEqualTo(PortalAccess.Status.INVITED);
        assertThat(access.accessOf(acme, ana.id()).orElseThrow().revokedAt()).isNull();
        assertThat(access.signIn(link.token(), fixture.browser()).principal().contactId()).isEqualTo(ana.id());
    }

    @Test
    void invitingARemovedContact_failsWithContactRemoved() {
        fixture.portal.clients().removeContact(acme, ana.id());

        assertRejected(() -> access.invite(acme, ana.id()), ErrorCode.CONTACT_REMOVED);
    }

    @Test
    void invitingAContactOfAnotherWorkspace_isContactNotFound() {
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertRejected(() -> access.invite(initech, ana.id()), ErrorCode.CONTACT_NOT_FOUND);
        assertThat(access.accessOf(acme, ana.id())).isEmpty();
    }

    @Test
    void anOutstandingInvitation_stopsWorkingWhenTheContactIsRemovedOrTheClientArchived() {
        Contact bob = fixture.contact(acme, globex, "Bob Stone", Role.VIEWER);
        String anasToken = access.invite(acme, ana.id()).token();
        String bobsToken = access.invite(acme, bob.id()).token();

        fixture.portal.clients().removeContact(acme, ana.id());
        assertRejected(() -> access.signIn(anasToken, fixture.browser()), ErrorCode.ACCESS_REVOKED);

        fixture.portal.clients().archive(acme, globex.id());
        assertRejected(() -> access.signIn(bobsToken, fixture.browser()), ErrorCode.ACCESS_REVOKED);
    }

    @Test
    void twoConcurrentRedemptionsOfOneToken_startExactlyOneSession_andTheOtherIsTokenUsed() throws Exception {
        for (int round = 0; round < 20; round++) {
            String token = access.invite(acme, ana.id()).token();
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<Object> redeem = () -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    return access.signIn(token, fixture.browser());
                } catch (PortalException e) {
                    return e.errorCode();
                }
            };
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<Object> one = threads.submit(redeem);
                Future<Object> other = threads.submit(redeem);
                List<Object> outcomes = List.of(one.get(10, TimeUnit.SECONDS), other.get(10, TimeUnit.SECONDS));

                assertThat(outcomes).as("round %d", round)
                        .filteredOn(SignedIn.class::isInstance).hasSize(1);
                assertThat(outcomes).as("round %d", round).contains(ErrorCode.TOKEN_USED);
            } finally {
                threads.shutdownNow();
            }
        }
        assertThat(access.sessions(acme, ana.id())).hasSize(20);
    }

    @Test
    void requestSignIn_forAnUnknownAddress_returnsNoLink() {
        access.invite(acme, ana.id());

        assertThat(access.requestSignIn(acme.workspaceId(), "nobody@globex.example", fixture.browser())).isEmpty();
    }

    @Test
    void requestSignIn_forAContactNeverInvited_returnsNoLink() {
        assertThat(access.requestSignIn(acme.workspaceId(), "ana.ruiz@globex.example", fixture.browser()))
                .isEmpty();
    }

    @Test
    void requestSignIn_forARevokedOrRemovedContact_returnsNoLink() {
        Contact bob = fixture.contact(acme, globex, "Bob Stone", Role.VIEWER);
        access.invite(acme, ana.id());
        access.invite(acme, bob.id());

        access.revokeContact(acme, ana.id(), "left");
        fixture.portal.clients().removeContact(acme, bob.id());

        assertThat(access.requestSignIn(acme.workspaceId(), "ana.ruiz@globex.example", fixture.browser())).isEmpty();
        assertThat(access.requestSignIn(acme.workspaceId(), "bob.stone@globex.example", fixture.browser())).isEmpty();
    }

    @Test
    void requestSignIn_inAnotherWorkspace_returnsNoLink() {
        access.invite(acme, ana.id());
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertThat(access.requestSignIn(initech.workspaceId(), "ana.ruiz@globex.example", fixture.browser()))
                .isEmpty();
    }

    @Test
    void requestSignIn_ignoresTheCaseOfTheAddress_andGivesALinkThatSignsIn() {
        access.invite(acme, ana.id());

        List<SignInLink> links = access.requestSignIn(acme.workspaceId(), "  Ana.Ruiz@GLOBEX.example ",
                fixture.browser());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.purpose()).isEqualTo(LoginToken.Purpose.SIGN_IN);
            assertThat(link.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
        });
        assertThat(access.signIn(links.get(0).token(), fixture.browser()).principal().contactId())
                .isEqualTo(ana.id());
    }

    @Test
    void requestSignIn_forAPersonWhoIsAContactAtTwoClients_givesOneLinkPerClient() {
        Client hooli = fixture.client(acme, "Hooli");
        Contact anaAtHooli = fixture.portal.clients().addContact(acme, new AddContact(
                hooli.id(), "Ana Ruiz", "ana.ruiz@globex.example", Set.of(Role.VIEWER)));
        access.invite(acme, ana.id());
        access.invite(acme, anaAtHooli.id());

        List<SignInLink> links = requestedLinks("ana.ruiz@globex.example");

        assertThat(links).extracting(SignInLink::contactId).containsExactlyInAnyOrder(ana.id(), anaAtHooli.id());
        assertThat(links).extracting(link -> access.signIn(link.token(), fixture.browser()).principal().clientId())
                .containsExactlyInAnyOrder(globex.id(), hooli.id());
    }

    @Test
    void invitationsAndSignIns_areAudited_withoutTheirSecrets() {
        SignInLink link = access.invite(acme, ana.id());
        SignedIn signedIn = access.signIn(link.token(), PortalFixture.browserAt("203.0.113.7"));

        List<AuditEntry> entries = fixture.portal.audit().forSubject(acme, "contact", ana.id().toString());

        assertThat(entries).extracting(AuditEntry::action).containsSubsequence("access.invited", "access.signed_in");
        AuditEntry invited = entries.stream().filter(e -> e.action().equals("access.invited")).findFirst()
                .orElseThrow();
        assertThat(invited.actor()).isEqualTo(acme.actor());
        assertThat(invited.details()).containsEntry("expiresAt", link.expiresAt().toString())
                .doesNotContainKey("email");
        assertThat(fixture.personalDataOf(acme, invited))
                .containsExactly(Map.entry("email", "ana.ruiz@globex.example"));
        AuditEntry signIn = entries.stream().filter(e -> e.action().equals("access.signed_in")).findFirst()
                .orElseThrow();
        assertThat(signIn.actor()).isEqualTo("contact:" + ana.id());
        assertThat(signIn.details()).containsEntry("session", signedIn.principal().sessionId().toString())
                .containsEntry("via", "INVITATION").doesNotContainKeys("address", "userAgent");
        assertThat(fixture.personalDataOf(acme, signIn)).containsEntry("address", "203.0.113.7")
                .containsEntry("userAgent", PortalFixture.BROWSER);
        assertThat(entries.toString()).doesNotContain(link.token()).doesNotContain(signedIn.sessionToken());
    }

    @Test
    void aFailedRedemption_changesNothing() {
        String token = access.invite(acme, ana.id()).token();
        fixture.clock.advance(Duration.ofDays(8));

        Throwable failure = catchThrowable(() -> access.signIn(token, fixture.browser()));

        assertThat(failure).isInstanceOf(PortalException.class);
        assertThat(access.sessions(acme, ana.id())).isEmpty();
        assertThat(access.accessOf(acme, ana.id()).orElseThrow().status()).isEqualTo(PortalAccess.Status.INVITED);
    }

    private SignInLink requestedLink(String email) {
        return requestedLinks(email).get(0);
    }

    private List<SignInLink> requestedLinks(String email) {
        return access.requestSignIn(acme.workspaceId(), email, fixture.browser());
    }
}
