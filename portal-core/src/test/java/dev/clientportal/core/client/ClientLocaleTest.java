package dev.clientportal.core.client;

import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ClientLocaleTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", EUR);

    @Test
    void aClientCreatedWithoutALocale_takesTheWorkspaces() {
        Client globex = fixture.client(owner, "Globex");

        assertThat(globex.locale()).isEmpty();
        assertThat(globex.documentLocale(Locale.FRANCE)).isEqualTo(Locale.FRANCE);
    }

    @Test
    void aClientCreatedWithALocale_keepsItAndItBeatsTheWorkspaces() {
        Client globex = fixture.portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example")
                .inLocale(Locale.GERMANY));

        assertThat(fixture.portal.clients().get(owner, globex.id()).locale()).contains(Locale.GERMANY);
        assertThat(globex.documentLocale(Locale.FRANCE)).isEqualTo(Locale.GERMANY);
    }

    @Test
    void anUpdate_setsChangesAndClearsTheLocale_andBumpsTheVersion() {
        Client globex = fixture.client(owner, "Globex");

        Client polish = fixture.portal.clients().update(owner, UpdateClient.of(globex).withLocale(new Locale("pl")));
        assertThat(polish.locale()).contains(new Locale("pl"));
        assertThat(polish.version()).isGreaterThan(globex.version());
        assertThat(polish.name()).isEqualTo(globex.name());

        Client portuguese = fixture.portal.clients().update(owner,
                UpdateClient.of(polish).withLocale(Locale.forLanguageTag("pt-BR")));
        assertThat(portuguese.locale()).contains(Locale.forLanguageTag("pt-BR"));

        Client cleared = fixture.portal.clients().update(owner, UpdateClient.of(portuguese).withLocale(null));
        assertThat(cleared.locale()).isEmpty();
        assertThat(fixture.portal.clients().get(owner, globex.id()).locale()).isEmpty();
    }

    @Test
    void anUpdateWithoutALocaleChange_keepsTheClientsLocale() {
        Client globex = fixture.portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example")
                .inLocale(Locale.FRENCH));

        Client renamed = fixture.portal.clients().update(owner, new UpdateClient(globex.id(), "Globex SA",
                globex.email(), globex.billingAddress(), globex.taxId(), globex.taxExempt(), Locale.FRENCH));

        assertThat(renamed.name()).isEqualTo("Globex SA");
        assertThat(renamed.locale()).contains(Locale.FRENCH);
    }

    @Test
    void anUnknownLanguageOrRegion_isRefusedAndNothingChanges() {
        Client globex = fixture.client(owner, "Globex");

        assertRejected(() -> new CreateClient("Globex", "ap@globex.example").inLocale(Locale.forLanguageTag("xx")),
                ErrorCode.INVALID_VALUE).hasMessageContaining("client.locale").hasMessageContaining("xx");
        assertRejected(() -> new CreateClient("Globex", "ap@globex.example").inLocale(Locale.ROOT),
                ErrorCode.INVALID_VALUE).hasMessageContaining("client.locale");
        assertRejected(() -> UpdateClient.of(globex).withLocale(new Locale("de", "XX")), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("client.locale").hasMessageContaining("de-XX");
        assertRejected(() -> new CreateClient("Globex", "ap@globex.example").inLocale(null), ErrorCode.REQUIRED);

        assertThat(fixture.portal.clients().get(owner, globex.id())).isEqualTo(globex);
    }

    @Test
    void theLocaleIsRecordedInTheAuditTrail() {
        Client globex = fixture.client(owner, "Globex");
        fixture.portal.clients().update(owner, UpdateClient.of(globex).withLocale(Locale.GERMAN));

        AuditEntry updated = fixture.portal.audit().forSubject(owner, "client", globex.id().toString()).stream()
                .filter(entry -> entry.action().equals("client.updated")).findFirst().orElseThrow();
        assertThat(updated.details()).containsEntry("locale", "de");
    }
}
