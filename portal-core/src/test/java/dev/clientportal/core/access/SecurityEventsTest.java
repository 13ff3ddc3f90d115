package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins, rate-limit trips, links issued, document links opened and files downloaded leave security events
 * in the workspace's audit trail, which staff list with one query; no event carries a token.
 */
class SecurityEventsTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Access access = fixture.portal.access();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
    private final List<String> tokens = new ArrayList<>();

    @Test
    void aFailedSignIn_isRecorded_thoughItsTransactionRolledBack() {
        String invitation = issued(access.invite(acme, ana.id()).token());
        fixture.clock.advance(AccessSettings.DEFAULTS.invitationTtl());
        ClientRequest from = PortalFixture.browserAt("203.0.113.7");

        assertRejected(() -> access.signIn(invitation, from), ErrorCode.TOKEN_EXPIRED);

        assertThat(securityEvents("security.sign_in_failed")).singleElement().satisfies(entry -> {
            assertThat(entry.subjectId()).isEqualTo(ana.id().toString());
            assertThat(entry.details()).as("the address is personal data, kept apart so it can be erased")
                    .doesNotContainKey("address");
            assertThat(recorded(entry)).containsEntry("code", ErrorCode.TOKEN_EXPIRED.code())
                    .containsEntry("purpose", "INVITATION").containsEntry("address", "203.0.113.7")
                    .containsKey("link");
        });
        assertNoTokenIsRecorded();
    }

    @Test
    void aRateLimitTrip_isRecordedOnce_whenTheLimitIsReached() {
        String link = issued(access.invite(acme, ana.id()).token());
        access.signIn(link, fixture.browser());
        for (int retry = 0; retry < AccessSettings.DEFAULTS.attemptsPerTokenPrefix(); retry++) {
            assertRejected(() -> access.signIn(link, fixture.browser()), ErrorCode.TOKEN_USED);
        }
        assertRejected(() -> access.signIn(link, fixture.browser()), ErrorCode.RATE_LIMITED);

        assertThat(securityEvents("security.sign_in_failed")).hasSize(AccessSettings.DEFAULTS.attemptsPerTokenPrefix());
        assertThat(securityEvents("security.rate_limited")).singleElement().satisfies(entry ->
                assertThat(recorded(entry)).containsEntry("limit", "failed-prefix"));
        assertNoTokenIsRecorded();
    }

    @Test
    void tooManyRequestsForOneAddress_areRecordedOnce_andEveryIssuedLinkIsRecorded() {
        access.invite(acme, ana.id());
        for (int ask = 0; ask < AccessSettings.DEFAULTS.requestsPerEmail(); ask++) {
            access.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser()).forEach(link -> issued(link.token()));
        }
        for (int ask = 0; ask < 3; ask++) {
            assertRejected(() -> access.requestSignIn(acme.workspaceId(), ana.email(), fixture.browser()),
                    ErrorCode.RATE_LIMITED);
        }

        assertThat(securityEvents("security.link_issued")).extracting(entry -> recorded(entry).get("purpose"))
                .containsExactly("INVITATION", "SIGN_IN", "SIGN_IN", "SIGN_IN", "SIGN_IN", "SIGN_IN");
        assertThat(securityEvents("security.rate_limited")).singleElement().satisfies(entry ->
                assertThat(recorded(entry)).containsEntry("limit", "requested-email")
                        .containsEntry("email", ana.email().toLowerCase(java.util.Locale.ROOT)));
        assertNoTokenIsRecorded();
    }

    @Test
    void openingADocumentLink_andDownloadingAClientFile_areRecorded() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        SharedLink shared = access.shareDocument(acme, PortalFixture.ref(invoice), Optional.empty());
        issued(shared.token());
        SharedFile file = fixture.sharedFile(acme, globex, "brief.txt", "the brief");
        ContactPrincipal asAna = fixture.signedInAs(acme, ana);

        access.openDocumentLink(shared.token(), PortalFixture.browserAt("198.51.100.4"));
        fixture.portal.files().open(asAna, file.id(), PortalFixture.browserAt("198.51.100.5"));

        assertThat(securityEvents("security.document_link_opened")).singleElement().satisfies(entry -> {
            assertThat(entry.subjectId()).isEqualTo(shared.link().id().toString());
            assertThat(recorded(entry)).containsEntry("address", "198.51.100.4");
        });
        assertThat(securityEvents("security.file_downloaded")).singleElement().satisfies(entry -> {
            assertThat(entry.subjectId()).isEqualTo(file.id().toString());
            assertThat(entry.actor()).isEqualTo(asAna.actor());
            assertThat(recorded(entry)).containsEntry("address", "198.51.100.5");
        });
        assertNoTokenIsRecorded();
    }

    @Test
    void theStaffQuery_listsSecurityEventsOnly_pageByPage() {
        for (int n = 0; n < 3; n++) {
            access.invite(acme, ana.id());
        }

        List<AuditEntry> all = fixture.portal.audit().securityEvents(acme, 1, 1000);
        List<AuditEntry> afterFirst = fixture.portal.audit().securityEvents(acme, all.get(0).sequence() + 1, 1);

        assertThat(all).hasSize(3).allSatisfy(entry -> assertThat(entry.action()).startsWith("security."));
        assertThat(fixture.portal.audit().entries(acme, 1, 1000)).extracting(AuditEntry::action)
                .contains("access.invited");
        assertThat(afterFirst).containsExactly(all.get(1));
        assertRejected(() -> fixture.portal.audit().securityEvents(acme, 0, 10), ErrorCode.INVALID_VALUE);
    }

    private String issued(String token) {
        tokens.add(token);
        return token;
    }

    /** What an entry records: its details and, kept apart so that it can be erased, its personal data. */
    private Map<String, String> recorded(AuditEntry entry) {
        Map<String, String> all = new HashMap<>(entry.details());
        fixture.portal.audit().personalData(acme, entry.id()).ifPresent(data -> all.putAll(data.values()));
        return all;
    }

    private List<AuditEntry> securityEvents(String action) {
        return fixture.portal.audit().securityEvents(acme, 1, 1000).stream()
                .filter(entry -> entry.action().equals(action)).toList();
    }

    private void assertNoTokenIsRecorded() {
        assertThat(tokens).isNotEmpty();
        for (AuditEntry entry : fixture.portal.audit().entries(acme, 1, 1000)) {
            String everything = entry.actor() + " " + entry.subjectId() + " " + recorded(entry);
            for (String token : tokens) {
                assertThat(everything).as("%s", entry.action()).doesNotContain(token)
                        .doesNotContain(token.substring(0, 8));
            }
        }
    }
}
