package dev.clientportal.core.project;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.testing.PortalFixture;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link Projects} one at a time: inputs, the configured edit window, access, and the missing port. */
class ProjectsTest {

    private static final CurrencyUnit USD = CurrencyUnit.USD;

    private final PortalFixture fixture = PortalFixture.over(InMemoryMode.stores(),
            builder -> builder.feedEditWindow(Duration.ofMinutes(2)));
    private final Projects projects = fixture.portal.projects();
    private final StaffPrincipal owner = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(owner, "Globex");

    @Test
    void aBulkIssue_looksUpTheProjectsOfItsInvoicesOnce_notOncePerInvoice() {
        List<String> lookups = new CopyOnWriteArrayList<>();
        PortalStores memory = InMemoryStores.create();
        ProjectStores kept = memory.projects().orElseThrow();
        ProjectRepository counted = (ProjectRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProjectRepository.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("projectOf") || method.getName().equals("projectsOf")) {
                        lookups.add(method.getName());
                    }
                    return invoke(method, kept.projects(), args);
                });
        PortalStores stores = (PortalStores) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PortalStores.class}, (proxy, method, args) -> method.getName().equals("projects")
                        ? Optional.of(new ProjectStores(counted, kept.feed(), kept.digests())) : invoke(method, memory, args));
        PortalFixture counting = PortalFixture.over(stores);
        StaffPrincipal acme = counting.workspace("Acme", USD);
        Client client = counting.client(acme, "Globex");
        Project rebrand = counting.portal.projects().create(acme, client.id(), NewProject.named("Rebrand"));
        List<InvoiceId> drafts = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            Invoice draft = counting.portal.invoicing().createDraft(acme, DraftInvoice.forClient(client.id())
                    .line("Design", "1", "day", Money.of("100.00", USD)));
            drafts.add(draft.id());
            if (n % 10 == 0) {
                counting.portal.projects().assign(acme, rebrand.id(), ProjectItem.invoice(draft.id()));
            }
        }
        lookups.clear();

        counting.portal.invoicing().issueAll(acme, drafts);

        assertThat(lookups).containsExactly("projectsOf");
        assertThat(counting.portal.projects().feed(acme, client.id(), rebrand.id(), null, 50).items())
                .as("each of the project's four invoices noted").hasSize(4);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void theEditWindow_isTheOneTheHostConfigured() {
        FeedEntry posted = projects.post(owner, globex.id(), PostUpdate.of("Call on Monday"));
        fixture.clock.advance(Duration.ofMinutes(2));
        FeedEntry edited = projects.edit(owner, posted.id(), "Call on Tuesday");
        fixture.clock.advance(Duration.ofSeconds(1));

        assertThat(edited.text()).isEqualTo("Call on Tuesday");
        assertFails(ErrorCode.FEED_EDIT_WINDOW_CLOSED, () -> projects.edit(owner, posted.id(), "Call on Friday"));
        assertFails(ErrorCode.INVALID_VALUE, () -> ClientPortal.builder().feedEditWindow(Duration.ZERO));
        assertFails(ErrorCode.INVALID_VALUE, () -> ClientPortal.builder().feedEditWindow(Duration.ofDays(2)));
    }

    @Test
    void badInput_isRefusedWithTheFieldNamed() {
        assertFails(ErrorCode.REQUIRED, () -> PostUpdate.of("  "));
        assertFails(ErrorCode.INVALID_VALUE, () -> PostUpdate.of("x".repeat(FeedEntry.MAX_TEXT + 1)));
        assertThat(PostUpdate.of("x".repeat(FeedEntry.MAX_TEXT)).text()).hasSize(FeedEntry.MAX_TEXT);
        assertFails(ErrorCode.REQUIRED, () -> NewProject.named(""));
        assertFails(ErrorCode.INVALID_VALUE, () -> NewProject.named("Two\nlines"));
        assertFails(ErrorCode.NEGATIVE_AMOUNT, () -> projects.create(owner, globex.id(),
                new NewProject("Rebrand", null, null, Money.of("-1.00", USD))));
        assertFails(ErrorCode.INVALID_VALUE, () -> projects.feed(owner, globex.id(), null, null, 0));
        assertFails(ErrorCode.INVALID_VALUE, () -> projects.feed(owner, globex.id(), null, null,
                Projects.MAX_PAGE + 1));
        assertFails(ErrorCode.INVALID_VALUE, () -> ProjectId.of("not-a-uuid"));
    }

    @Test
    void aContactWhoseAccessWasRevoked_cannotSignInAgain_andItsStalePrincipalWritesNothing() {
        Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING);
        SignedIn session = fixture.signIn(owner, ana);
        ContactPrincipal signedIn = fixture.portal.access().authenticate(session.sessionToken(), fixture.browser());
        FeedEntry posted = projects.post(owner, globex.id(), PostUpdate.of("Welcome").needingInput());
        assertThat(projects.feed(signedIn, null, 10).items()).hasSize(1);

        fixture.portal.access().revokeContact(owner, ana.id(), "left Globex");

        assertThatThrownBy(() -> fixture.portal.access().authenticate(session.sessionToken(), fixture.browser()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.errorCode())
                        .isIn(ErrorCode.ACCESS_REVOKED, ErrorCode.SESSION_REVOKED));
        assertFails(ErrorCode.ACCESS_REVOKED, () -> projects.markRead(signedIn, posted.id()));
        assertFails(ErrorCode.ACCESS_REVOKED, () -> projects.reply(signedIn, posted.id(), "Still here"));
        assertThat(projects.readers(owner, posted.id())).isEmpty();
        assertThat(projects.awaitingInput(owner, globex.id(), 10)).containsExactly(posted);
    }

    @Test
    void anIssueThatRollsBack_leavesNoEntry() {
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        Invoice draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Design", "1", "day", Money.of("500.00", USD)));
        projects.assign(owner, rebrand.id(), ProjectItem.invoice(draft.id()));

        assertThatThrownBy(() -> fixture.stores.transactions().inTransaction(() -> {
            fixture.portal.invoicing().issue(owner, draft.id());
            throw new IllegalStateException("the host's transaction fails after the issue");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(projects.feed(owner, globex.id(), null, null, 10).items()).isEmpty();
        assertThat(fixture.portal.invoicing().get(owner, draft.id()).number()).isNull();
    }

    @Test
    void storesThatKeepNoProjects_leaveProjectsUnavailable_andInvoicingUnchanged() {
        PortalFixture without = PortalFixture.over(FaultInjectingStores.over(InMemoryStores.create()));
        StaffPrincipal staff = without.workspace("Plain", USD);

        assertFails(ErrorCode.MISSING_PORT, () -> without.portal.projects());
        assertThat(without.issuedInvoice(staff, without.client(staff, "Initech"), "10.00").number()).isNotNull();
    }

    private static void assertFails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(code));
    }
}
