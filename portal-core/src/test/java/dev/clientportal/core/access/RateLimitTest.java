package dev.clientportal.core.access;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Guessing tokens is cut short per client address and per token prefix, with a typed error. */
class RateLimitTest {

    private static final ClientRequest ATTACKER = PortalFixture.browserAt("203.0.113.66");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);

    @Test
    void bruteForceFromOneAddress_tripsTheLimiter_evenForAValidToken() {
        for (int guess = 0; guess < AccessSettings.DEFAULTS.attemptsPerAddress(); guess++) {
            String wrong = "guess" + guess + "-".repeat(30);
            assertRejected(() -> access.signIn(wrong, ATTACKER), ErrorCode.TOKEN_INVALID);
        }
        String valid = access.invite(acme, ana.id()).token();

        assertRejected(() -> access.signIn(valid, ATTACKER), ErrorCode.RATE_LIMITED);
        assertThat(access.accessOf(acme, ana.id()).orElseThrow().status()).isEqualTo(PortalAccess.Status.INVITED);
    }

    @Test
    void onlyFailuresCount_soAnOfficeBehindOneAddressOpeningItsLinksIsNeverLimited() {
        ClientRequest office = PortalFixture.browserAt("198.51.100.10");
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        for (int open = 0; open < 3 * AccessSettings.DEFAULTS.attemptsPerAddress(); open++) {
            String link = access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty()).token();
            assertThat(access.openDocumentLink(link, office).document()).isEqualTo(PortalFixture.ref(invoice));
        }
        String valid = access.invite(acme, ana.id()).token();
        assertThat(access.signIn(valid, office).principal().contactId()).isEqualTo(ana.id());
    }

    @Test
    void aLimitedAddress_doesNotLimitOtherAddresses_andIsFreeAgainAfterTheWindow() {
        exhaust(ATTACKER);
        String valid = access.invite(acme, ana.id()).token();

        assertThat(access.signIn(valid, fixture.browser()).principal().contactId()).isEqualTo(ana.id());

        String later = access.invite(acme, ana.id()).token();
        fixture.clock.advance(AccessSettings.DEFAULTS.rateLimitWindow());
        assertThat(access.signIn(later, ATTACKER).principal().contactId()).isEqualTo(ana.id());
    }

    @Test
    void tryingOneTokenPrefixFromManyAddresses_tripsThePerPrefixLimit() {
        for (int guess = 0; guess < AccessSettings.DEFAULTS.attemptsPerTokenPrefix(); guess++) {
            String wrong = "AAAAAAAA" + guess + "-".repeat(30);
            assertRejected(() -> access.signIn(wrong, fixture.browser()), ErrorCode.TOKEN_INVALID);
        }

        assertRejected(() -> access.signIn("AAAAAAAA-other-suffix", fixture.browser()), ErrorCode.RATE_LIMITED);
        assertRejected(() -> access.signIn("AAAAAAAB-other-suffix", fixture.browser()), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void openingDocumentLinks_isLimitedToo() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        String link = access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty()).token();

        exhaust(ATTACKER);

        assertRejected(() -> access.openDocumentLink(link, ATTACKER), ErrorCode.RATE_LIMITED);
        assertThat(access.openDocumentLink(link, fixture.browser()).document()).isEqualTo(PortalFixture.ref(invoice));
    }

    @Test
    void theLimits_areConfigurable() {
        PortalFixture strict = PortalFixture.inMemory(builder -> builder.accessSettings(
                AccessSettings.DEFAULTS.withRateLimits(5, 2, Duration.ofMinutes(1))));

        assertRejected(() -> strict.portal.access().signIn("first-guess", ATTACKER), ErrorCode.TOKEN_INVALID);
        assertRejected(() -> strict.portal.access().signIn("second-guess", ATTACKER), ErrorCode.TOKEN_INVALID);
        assertRejected(() -> strict.portal.access().signIn("third-guess", ATTACKER), ErrorCode.RATE_LIMITED);
        strict.clock.advance(Duration.ofMinutes(1));
        assertRejected(() -> strict.portal.access().signIn("fourth-guess", ATTACKER), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void askingForSignInLinksForOneAddressTooOften_isLimited() {
        access.invite(acme, ana.id());
        for (int ask = 0; ask < AccessSettings.DEFAULTS.requestsPerEmail(); ask++) {
            assertThat(access.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser())).hasSize(1);
        }

        assertRejected(() -> access.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser()),
                ErrorCode.RATE_LIMITED);
    }

    @Test
    void askingForSignInLinks_isLimitedPerEmailAddress_notPerFirstLettersOfIt() {
        int contacts = AccessSettings.DEFAULTS.requestsPerEmail() + 1;
        for (int n = 0; n < contacts; n++) {
            Contact contact = fixture.contact(acme, globex, "An " + (char) ('a' + n), Role.VIEWER);
            access.invite(acme, contact.id());

            assertThat(access.requestSignIn(acme.workspaceId(), contact.email(), fixture.browser()))
                    .as("sign-in link for %s", contact.email()).hasSize(1);
        }
    }

    @Test
    void instancesSharingTheStores_shareOneLimit_notOneEach() {
        Access second = fixture.anotherInstance().access();
        int limit = AccessSettings.DEFAULTS.attemptsPerAddress();
        for (int guess = 0; guess < limit; guess++) {
            String wrong = "guess" + guess + "-".repeat(30);
            Access instance = guess % 2 == 0 ? access : second;
            assertRejected(() -> instance.signIn(wrong, ATTACKER), ErrorCode.TOKEN_INVALID);
        }

        assertRejected(() -> access.signIn("one-more-guess", ATTACKER), ErrorCode.RATE_LIMITED);
        assertRejected(() -> second.signIn("one-more-guess", ATTACKER), ErrorCode.RATE_LIMITED);
    }

    @Test
    void askingForSignInLinks_countsPerWorkspace_acrossInstances() {
        StaffPrincipal umbrella = fixture.workspace("Umbrella", USD);
        Contact anaAtUmbrella = fixture.portal.clients().addContact(umbrella, new AddContact(
                fixture.client(umbrella, "Hooli").id(), "Ana Ruiz", ana.email(), Set.of(Role.VIEWER)));
        access.invite(acme, ana.id());
        access.invite(umbrella, anaAtUmbrella.id());
        Access second = fixture.anotherInstance().access();
        for (int ask = 0; ask < AccessSettings.DEFAULTS.requestsPerEmail(); ask++) {
            Access instance = ask % 2 == 0 ? access : second;
            assertThat(instance.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser())).hasSize(1);
        }

        assertRejected(() -> second.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser()),
                ErrorCode.RATE_LIMITED);
        assertThat(second.requestSignIn(umbrella.workspaceId(), ana.email(), fixture.browser())).hasSize(1);
    }

    @Test
    void theSingleInstanceDefault_countsInThisInstanceOnly() {
        PortalFixture local = PortalFixture.over(StoresWith.of(InMemoryMode.stores())
                .rateLimits(RateLimitCounter.inThisInstance()),
                builder -> builder.accessSettings(AccessSettings.DEFAULTS.withRateLimits(5, 2, Duration.ofMinutes(1))));
        Access first = local.portal.access();
        Access second = local.anotherInstance(StoresWith.of(local.stores)
                .rateLimits(RateLimitCounter.inThisInstance())).access();

        assertRejected(() -> first.signIn("first-guess", ATTACKER), ErrorCode.TOKEN_INVALID);
        assertRejected(() -> first.signIn("second-guess", ATTACKER), ErrorCode.TOKEN_INVALID);
        assertRejected(() -> first.signIn("third-guess", ATTACKER), ErrorCode.RATE_LIMITED);
        // the documented cost of counting in memory: each instance has a limit of its own
        assertRejected(() -> second.signIn("third-guess", ATTACKER), ErrorCode.TOKEN_INVALID);
    }

    private void exhaust(ClientRequest from) {
        for (int guess = 0; guess < AccessSettings.DEFAULTS.attemptsPerAddress(); guess++) {
            String wrong = "guess" + guess + "-".repeat(30);
            assertRejected(() -> access.signIn(wrong, from), ErrorCode.TOKEN_INVALID);
        }
    }
}
