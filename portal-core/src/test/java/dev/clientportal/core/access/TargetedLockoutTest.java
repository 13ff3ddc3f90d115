package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of issue 9 on the sign-in limits: nobody locks a victim out from afar, an office behind one address is
 * not locked out by asking for its own links, a flood of one kind of failure cannot free a locked address, and no
 * spelling of an address escapes its limit.
 */
class TargetedLockoutTest {

    private static final ClientRequest ATTACKER = PortalFixture.browserAt("203.0.113.66");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact sid = fixture.contact(acme, globex, "Sid Ross", Role.BILLING);

    @Test
    void requestsNamingAVictimInAWorkspaceThatDoesNotExist_neitherCountNorBlockTheVictimsOwnRequests() {
        access.invite(acme, sid.id());
        WorkspaceId nowhere = new WorkspaceId(UUID.randomUUID());
        for (int ask = 0; ask < 3 * AccessSettings.DEFAULTS.requestsPerEmail(); ask++) {
            assertThat(access.requestSignIn(nowhere, sid.email(), fixture.browser())).isEmpty();
        }

        for (int ask = 0; ask < AccessSettings.DEFAULTS.requestsPerEmail(); ask++) {
            assertThat(access.requestSignIn(acme.workspaceId(), sid.email(), fixture.browser())).hasSize(1);
        }
    }

    @Test
    void anOfficeBehindOneAddress_askingForItsOwnLinks_canStillRedeemThem() {
        ClientRequest office = PortalFixture.browserAt("198.51.100.10");
        List<Contact> staff = new ArrayList<>();
        for (int n = 0; n < AccessSettings.DEFAULTS.attemptsPerAddress() + 5; n++) {
            Contact person = fixture.contact(acme, globex, "Person " + (char) ('a' + n / 26) + (char) ('a' + n % 26),
                    Role.VIEWER);
            access.invite(acme, person.id());
            staff.add(person);
        }
        List<String> links = new ArrayList<>();
        for (Contact person : staff) {
            links.add(access.requestSignIn(acme.workspaceId(), person.email(), office).get(0).token());
        }

        for (int n = 0; n < staff.size(); n++) {
            assertThat(access.signIn(links.get(n), office).principal().contactId()).isEqualTo(staff.get(n).id());
        }
    }

    @Test
    void requestsFromOneAddress_areLimitedApartFromItsFailures() {
        PortalFixture strict = PortalFixture.inMemory(builder -> builder.accessSettings(
                AccessSettings.DEFAULTS.withRequestLimits(5, 3)));
        StaffPrincipal owner = strict.workspace("Acme", USD);
        Contact ana = strict.contact(owner, strict.client(owner, "Globex"), "Ana Ruiz", Role.BILLING);
        String invitation = strict.portal.access().invite(owner, ana.id()).token();
        for (int ask = 0; ask < 3; ask++) {
            assertThat(strict.portal.access().requestSignIn(owner.workspaceId(), "nobody" + ask + "@x.example",
                    ATTACKER)).isEmpty();
        }

        assertRejected(() -> strict.portal.access().requestSignIn(owner.workspaceId(), ana.email(), ATTACKER),
                ErrorCode.RATE_LIMITED);
        assertThat(strict.portal.access().signIn(invitation, ATTACKER).principal().contactId()).isEqualTo(ana.id());
    }

    @Test
    void aFloodOfUnknownTokens_doesNotEvictTheCountThatLocksAnAddress() {
        Instant now = Instant.parse(PortalFixture.START);
        SignInRateLimiter limiter = new SignInRateLimiter(AccessSettings.DEFAULTS, RateLimitCounter.inThisInstance(),
                Clock.fixed(now, ZoneOffset.UTC));
        for (int guess = 0; guess < AccessSettings.DEFAULTS.attemptsPerAddress(); guess++) {
            limiter.failed("guess" + guess + "-".repeat(30), ATTACKER.address());
        }
        Random random = new Random(9);
        for (int flood = 0; flood < 150_000; flood++) {
            // from no known address: each failure adds a token prefix and nothing else
            limiter.failed(Long.toString(random.nextLong(), 36) + "-flood", "");
        }

        assertRejected(() -> limiter.check("a-valid-looking-token", ATTACKER.address()), ErrorCode.RATE_LIMITED);
    }

    @Test
    void spellingsOfAnAddressThatFoldAlike_shareItsLimit_andThoseThatDoNotReachNobody() {
        access.invite(acme, sid.id());
        List<String> spellings = List.of("SID.ROSS@globex.example", "\u017Fid.ross@globex.example",
                "sid.ro\u017F\u017F@globex.example", "s\u0131d.ross@globex.example", "S\u0130D.ROSS@globex.example",
                "\uFF53id.ross@globex.example", "sid.ross@globex.example");
        int links = 0;
        for (int round = 0; round < 3; round++) {
            for (String spelling : spellings) {
                try {
                    links += access.requestSignIn(acme.workspaceId(), spelling, fixture.browser()).size();
                } catch (PortalException limited) {
                    assertThat(limited.errorCode()).isEqualTo(ErrorCode.RATE_LIMITED);
                }
            }
        }

        assertThat(links).as("links mailed to sid").isEqualTo(AccessSettings.DEFAULTS.requestsPerEmail());
    }
}
