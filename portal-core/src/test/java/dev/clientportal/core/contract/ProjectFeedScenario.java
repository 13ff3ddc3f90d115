package dev.clientportal.core.contract;

import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.project.ProjectItemType;
import dev.clientportal.core.project.ProjectsOverview;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteAccepted;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.RetryOnConflict;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.project.BudgetSummary;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryKind;
import dev.clientportal.core.project.FeedItem;
import dev.clientportal.core.project.FeedPage;
import dev.clientportal.core.project.FeedReadMark;
import dev.clientportal.core.project.NewProject;
import dev.clientportal.core.project.PostUpdate;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectItem;
import dev.clientportal.core.project.ProjectStatus;
import dev.clientportal.core.project.Projects;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Projects and the activity feed over any stores that keep them: the project status machine and optimistic versions;
 * budgets from the project's invoices; scoping (a contact never sees another client's project, entry or read mark;
 * another workspace's staff finds nothing); the portal's own entries written exactly once per change, also when the
 * change is retried; cursor paging that neither skips nor repeats while another thread posts; unread markers and
 * readers; the edit window, then supersession.
 */
public abstract class ProjectFeedScenario {

    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private final PortalFixture fixture = PortalFixture.over(newStores());
    private final ClientPortal portal = fixture.portal;
    private final Projects projects = portal.projects();
    private StaffPrincipal owner;
    private StaffPrincipal colleague;
    private StaffPrincipal stranger;
    private Client globex;
    private Client initech;
    private ContactPrincipal ana;
    private ContactPrincipal bob;
    private ContactPrincipal ivan;

    /** Fresh, empty stores that keep projects; called once per test, while the scenario is constructed. */
    protected abstract PortalStores newStores();

    @BeforeEach
    void twoClientsAndAnotherWorkspace() {
        owner = fixture.workspace("Acme", USD);
        colleague = StaffPrincipal.of(owner.workspaceId(), "pm@acme.example");
        stranger = fixture.workspace("Other", USD);
        globex = fixture.client(owner, "Globex");
        initech = fixture.client(owner, "Initech");
        ana = signedIn(globex, "Ana Ruiz");
        bob = signedIn(globex, "Bob Stone");
        ivan = signedIn(initech, "Ivan Petrov");
    }

    @Test
    void staffKeepAProject_throughItsStatusMachine_andAStaleVersionIsRefused() {
        Project created = projects.create(owner, globex.id(), new NewProject("Rebrand", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 6, 30), Money.of("5000.00", USD)));
        assertThat(created.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(created.currency()).isEqualTo(USD);

        Project renamed = projects.rename(owner, created.id(), created.version(), "Rebrand 2026");
        Project onHold = projects.changeStatus(owner, created.id(), renamed.version(), ProjectStatus.ON_HOLD);
        Project done = projects.changeStatus(owner, created.id(), onHold.version(), ProjectStatus.DONE);

        assertFails(ErrorCode.PROJECT_TRANSITION,
                () -> projects.changeStatus(owner, created.id(), done.version(), ProjectStatus.ON_HOLD));
        assertFails(ErrorCode.PROJECT_TRANSITION,
                () -> projects.changeStatus(owner, created.id(), done.version(), ProjectStatus.DONE));
        assertFails(ErrorCode.CONCURRENT_MODIFICATION,
                () -> projects.rename(owner, created.id(), renamed.version(), "Lost update"));
        assertFails(ErrorCode.INVALID_VALUE, () -> projects.reschedule(owner, created.id(), done.version(),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)));
        assertFails(ErrorCode.CURRENCY_MISMATCH, () -> projects.changeBudget(owner, created.id(), done.version(),
                Money.of("100.00", EUR)));
        assertFails(ErrorCode.CURRENCY_MISMATCH, () -> projects.create(owner, globex.id(),
                new NewProject("Euro work", null, null, Money.of("100.00", EUR))));
        Project reopened = projects.changeStatus(owner, created.id(), done.version(), ProjectStatus.ACTIVE);
        Project rescheduled = projects.reschedule(owner, created.id(), reopened.version(), null,
                LocalDate.of(2026, 9, 30));
        Project unbudgeted = projects.changeBudget(owner, created.id(), rescheduled.version(), null);

        assertThat(projects.get(owner, created.id())).isEqualTo(unbudgeted);
        assertThat(unbudgeted.name()).isEqualTo("Rebrand 2026");
        assertThat(unbudgeted.startDate()).isNull();
        assertThat(unbudgeted.budgetAmount()).isEmpty();
        assertThat(projects.list(owner, globex.id())).containsExactly(unbudgeted);
        assertThat(projects.list(owner, initech.id())).isEmpty();
        assertThat(portal.audit().forSubject(owner, "project", created.id().toString()))
                .extracting(AuditEntry::action).containsExactly("project.created", "project.renamed",
                        "project.status_changed", "project.status_changed", "project.status_changed",
                        "project.rescheduled", "project.budget_changed");
    }

    @Test
    void theBudget_countsIssuedInvoicesThatAreNotVoid_andWhatWasPaidOnThem() {
        Project project = projects.create(owner, globex.id(), new NewProject("Rebrand", null, null,
                Money.of("5000.00", USD)));
        Invoice partlyPaid = fixture.issuedInvoice(owner, globex, "1000.00");
        Invoice voided = fixture.issuedInvoice(owner, globex, "250.00");
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Extra", "1", "h", Money.of("300.00", USD)));
        for (Invoice invoice : List.of(partlyPaid, voided, draft)) {
            projects.assign(owner, project.id(), ProjectItem.invoice(invoice.id()));
        }
        portal.invoicing().voidInvoice(owner, voided.id(), "sent twice");
        portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("400.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(partlyPaid.id()));

        BudgetSummary budget = projects.budget(owner, project.id());

        assertThat(budget.invoiced()).isEqualTo(Money.of("1000.00", USD));
        assertThat(budget.paid()).isEqualTo(Money.of("400.00", USD));
        assertThat(budget.remaining()).contains(Money.of("4000.00", USD));
        assertFails(ErrorCode.PROJECT_CLIENT_MISMATCH, () -> projects.assign(owner, project.id(),
                ProjectItem.invoice(fixture.issuedInvoice(owner, initech, "10.00").id())));
        Client euro = fixture.client(owner, "Euro GmbH", EUR);
        Project inDollars = projects.create(owner, euro.id(), new NewProject("Launch", null, null,
                Money.of("900.00", USD)));
        assertThat(inDollars.currency()).as("the workspace's currency, as the budget is in it").isEqualTo(USD);
        assertFails(ErrorCode.CURRENCY_MISMATCH, () -> projects.assign(owner, inDollars.id(),
                ProjectItem.invoice(fixture.issuedInvoice(owner, euro, "10.00").id())));
        assertThat(projects.budget(owner, project.id())).isEqualTo(budget);
    }

    @Test
    void aContact_seesOnlyItsClientsProjectsEntriesAndMarks_andAnotherWorkspaceFindsNothing() {
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        Project audit = projects.create(owner, initech.id(), NewProject.named("Audit"));
        FeedEntry forGlobex = projects.post(owner, globex.id(), PostUpdate.of("Drafts are up").about(rebrand.id()));
        FeedEntry forInitech = projects.post(owner, initech.id(), PostUpdate.of("Kick-off").about(audit.id()));
        projects.markRead(ivan, forInitech.id());

        assertThat(projects.projects(ana)).containsExactly(rebrand);
        assertThat(projects.project(ana, rebrand.id())).isEqualTo(rebrand);
        assertFails(ErrorCode.PROJECT_NOT_FOUND, () -> projects.project(ana, audit.id()));
        assertFails(ErrorCode.PROJECT_NOT_FOUND, () -> projects.feed(ana, audit.id(), null, 10));
        assertThat(entries(projects.feed(ana, null, 10))).containsExactly(forGlobex);
        assertThat(entries(projects.feed(ivan, null, 10))).containsExactly(forInitech);
        assertFails(ErrorCode.FEED_ENTRY_NOT_FOUND, () -> projects.markRead(ana, forInitech.id()));
        assertThat(projects.readers(owner, forGlobex.id())).isEmpty();
        assertThat(projects.readers(owner, forInitech.id())).extracting(FeedReadMark::contactId)
                .containsExactly(ivan.contactId());
        assertFails(ErrorCode.PROJECT_CLIENT_MISMATCH, () -> projects.post(owner, globex.id(),
                PostUpdate.of("Wrong client").about(audit.id())));

        assertFails(ErrorCode.PROJECT_NOT_FOUND, () -> projects.get(stranger, rebrand.id()));
        assertFails(ErrorCode.PROJECT_NOT_FOUND, () -> projects.rename(stranger, rebrand.id(), rebrand.version(),
                "Taken over"));
        assertFails(ErrorCode.PROJECT_NOT_FOUND, () -> projects.budget(stranger, rebrand.id()));
        assertFails(ErrorCode.CLIENT_NOT_FOUND, () -> projects.list(stranger, globex.id()));
        assertFails(ErrorCode.CLIENT_NOT_FOUND, () -> projects.post(stranger, globex.id(), PostUpdate.of("Hi")));
        assertFails(ErrorCode.CLIENT_NOT_FOUND, () -> projects.feed(stranger, globex.id(), null, null, 10));
        assertFails(ErrorCode.FEED_ENTRY_NOT_FOUND, () -> projects.readers(stranger, forGlobex.id()));
        assertFails(ErrorCode.FEED_ENTRY_NOT_FOUND, () -> projects.supersede(stranger, forGlobex.id(), "Mine", false));
        assertFails(ErrorCode.INVOICE_NOT_FOUND, () -> projects.assign(owner, rebrand.id(),
                ProjectItem.invoice(fixture.issuedInvoice(stranger, fixture.client(stranger, "Hooli"), "10.00").id())));
    }

    @Test
    void anInvoiceOfAProject_isNotedOnceWhenIssuedAndOnceWhenPaid_whateverIsRetried() {
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        Invoice raced = draftOf(rebrand, "1200.00");
        Invoice retried = draftOf(rebrand, "80.00");
        Invoice unassigned = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Other work", "1", "h", Money.of("10.00", USD)));

        List<Race.Outcome<Invoice>> outcomes = Race.run(() -> portal.invoicing().issue(owner, raced.id()),
                () -> portal.invoicing().issue(owner, raced.id()));
        assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).as("one issue wins").hasSize(1);
        assertFails(ErrorCode.INVOICE_NOT_EDITABLE, () -> portal.invoicing().issue(owner, raced.id()));
        fixture.clock.advance(Duration.ofSeconds(1));
        AtomicInteger attempts = new AtomicInteger();
        Invoice issued = RetryOnConflict.run(() -> fixture.stores.transactions().inTransaction(() -> {
            Invoice result = portal.invoicing().issue(owner, retried.id());
            if (attempts.incrementAndGet() == 1) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "the host's own write lost a race");
            }
            return result;
        }));
        portal.invoicing().issue(owner, unassigned.id());
        fixture.clock.advance(Duration.ofSeconds(1));
        portal.payments().record(owner, RecordPayment.manual(globex.id(), issued.amountDue(),
                PaymentMethod.BANK_TRANSFER, "wire-2").allocateTo(issued.id()));

        assertThat(attempts).hasValue(2);
        List<FeedEntry> feed = entries(projects.feed(owner, globex.id(), rebrand.id(), null, 50));
        assertThat(feed).extracting(FeedEntry::kind).containsExactly(FeedEntryKind.INVOICE_PAID,
                FeedEntryKind.INVOICE_ISSUED, FeedEntryKind.INVOICE_ISSUED);
        assertThat(feed).extracting(FeedEntry::naturalKey).containsExactly(
                "invoice-paid:" + issued.id() + ":" + portal.invoicing().get(owner, issued.id()).version(),
                "invoice-issued:" + retried.id(), "invoice-issued:" + raced.id());
        assertThat(feed).allSatisfy(entry -> {
            assertThat(entry.author()).isEqualTo(FeedEntry.SYSTEM);
            assertThat(entry.projectId()).isEqualTo(rebrand.id());
        });
        assertThat(feed.get(1).text()).contains(issued.number()).contains("80.00");
        assertThat(entries(projects.feed(owner, globex.id(), null, null, 50))).as("the unassigned invoice: none")
                .hasSize(3);
    }

    @Test
    void pagingNewestFirst_neitherSkipsNorRepeats_whileAnotherThreadPosts() throws InterruptedException {
        List<FeedEntry> posted = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
            posted.add(projects.post(owner, globex.id(), PostUpdate.of("Update " + n)));
            if (n % 3 == 0) {
                fixture.clock.advance(Duration.ofSeconds(1));
            }
        }
        AtomicBoolean stop = new AtomicBoolean();
        List<FeedEntry> postedMeanwhile = new ArrayList<>();
        Thread writer = new Thread(() -> {
            for (int n = 0; !stop.get() && n < 200; n++) {
                postedMeanwhile.add(projects.post(colleague, globex.id(), PostUpdate.of("Meanwhile " + n)));
            }
        });

        List<FeedEntry> read = new ArrayList<>();
        FeedPage page = projects.feed(ana, null, 4);
        writer.start();
        while (true) {
            read.addAll(entries(page));
            FeedEntry between = projects.post(owner, globex.id(), PostUpdate.of("Between pages"));
            postedMeanwhile.add(between);
            if (page.next().isEmpty()) {
                break;
            }
            page = projects.feed(ana, page.next().get(), 4);
        }
        stop.set(true);
        writer.join();

        Set<Object> ids = new HashSet<>();
        assertThat(read).as("no entry read twice").allMatch(entry -> ids.add(entry.id()));
        List<FeedEntry> original = new ArrayList<>(posted);
        java.util.Collections.reverse(original);
        assertThat(read.stream().filter(posted::contains).toList()).as("every entry there at the start, in order")
                .containsExactlyElementsOf(original);
        List<FeedCursor> positions = read.stream().map(FeedEntry::position).toList();
        assertThat(positions).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(entries(projects.feed(ana, null, Projects.MAX_PAGE)).get(0).id()).as("new entries come on top")
                .isIn(postedMeanwhile.stream().map(FeedEntry::id).toList());
    }

    @Test
    void unreadMarkers_followEachContactsReadMark_andStaffSeeWhoReadWhat() {
        FeedEntry first = projects.post(owner, globex.id(), PostUpdate.of("One"));
        fixture.clock.advance(Duration.ofSeconds(1));
        FeedEntry second = projects.post(owner, globex.id(), PostUpdate.of("Two").needingInput());
        fixture.clock.advance(Duration.ofSeconds(1));
        FeedEntry third = projects.post(owner, globex.id(), PostUpdate.of("Three"));

        assertThat(projects.feed(ana, null, 10).items()).allMatch(FeedItem::unread);
        projects.markRead(ana, second.id());
        projects.markRead(ana, first.id());

        assertThat(projects.feed(ana, null, 10).items()).extracting(FeedItem::unread).containsExactly(true, false,
                false);
        assertThat(projects.feed(bob, null, 10).items()).allMatch(FeedItem::unread);
        assertThat(projects.feed(owner, globex.id(), null, null, 10).items()).noneMatch(FeedItem::unread);
        assertThat(projects.readers(owner, first.id())).extracting(FeedReadMark::contactId)
                .containsExactly(ana.contactId());
        assertThat(projects.readers(owner, second.id())).extracting(FeedReadMark::contactId)
                .containsExactly(ana.contactId());
        assertThat(projects.readers(owner, third.id())).isEmpty();
        assertThat(second.needsInput()).isTrue();
    }

    @Test
    void anUpdate_isEditableByItsAuthorWithinTheWindow_thenOnlySuperseded_withHistoryKept() {
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        FeedEntry posted = projects.post(owner, globex.id(), PostUpdate.of("Drafts on Fridy").about(rebrand.id()));
        fixture.clock.advance(Duration.ofMinutes(10));

        FeedEntry edited = projects.edit(owner, posted.id(), "Drafts on Friday");
        assertFails(ErrorCode.FEED_NOT_AUTHOR, () -> projects.edit(colleague, posted.id(), "Drafts on Monday"));
        fixture.clock.advance(Duration.ofMinutes(6));
        assertFails(ErrorCode.FEED_EDIT_WINDOW_CLOSED, () -> projects.edit(owner, posted.id(), "Drafts on Monday"));
        FeedEntry newer = projects.supersede(colleague, posted.id(), "Drafts on Monday", true);

        assertThat(edited.text()).isEqualTo("Drafts on Friday");
        assertThat(edited.editedAt()).isEqualTo(posted.createdAt().plus(Duration.ofMinutes(10)));
        assertThat(newer.supersedes()).isEqualTo(posted.id());
        assertThat(newer.projectId()).isEqualTo(rebrand.id());
        assertThat(newer.author()).isEqualTo(colleague.actor());
        assertThat(entries(projects.feed(ana, null, 10))).extracting(FeedEntry::text)
                .containsExactly("Drafts on Monday", "Drafts on Friday");
        assertThat(entries(projects.feed(ana, null, 10)).get(1).supersededBy()).isEqualTo(newer.id());
        assertFails(ErrorCode.FEED_ENTRY_NOT_EDITABLE, () -> projects.supersede(owner, posted.id(), "Again", false));
        assertFails(ErrorCode.FEED_ENTRY_NOT_EDITABLE, () -> projects.edit(owner, posted.id(), "Again"));
        assertThat(portal.audit().forSubject(owner, "feed_entry", posted.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("feed.update_posted", "feed.update_edited", "feed.update_superseded");

        Invoice invoice = draftOf(rebrand, "10.00");
        portal.invoicing().issue(owner, invoice.id());
        FeedEntry noted = entries(projects.feed(owner, globex.id(), null, null, 1)).get(0);
        assertFails(ErrorCode.FEED_ENTRY_NOT_EDITABLE, () -> projects.supersede(owner, noted.id(), "No", false));
    }

    @Test
    void everyKindOfItem_joinsAProjectOfItsClient_andWhatHappensToItIsNotedOnce() {
        Project rebrand = projects.create(owner, globex.id(), new NewProject("Rebrand", null, null,
                Money.of("5000.00", USD)));
        ContactPrincipal cara = approver(globex, "Cara Diaz");
        SharedFile brief = fixture.sharedFile(owner, globex, "brief.txt", "What Globex wants");
        Deliverable logo = portal.approvals().create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));
        projects.assign(owner, rebrand.id(), ProjectItem.deliverable(logo.id()));
        portal.approvals().addVersion(owner, AddVersion.of(logo.id(), "First draft", brief.id()));
        portal.approvals().requestApproval(owner, new RequestApproval(logo.id(), List.of(cara.contactId()),
                ApprovalRule.ALL));
        tick();
        portal.approvals().approve(cara, Approve.of(logo.id(), VersionPin.number(1)), fixture.browser());
        tick();
        Quote quote = portal.quotes().createDraft(owner, DraftQuote.forClient(globex.id())
                .line("Website", "1", "", Money.of("1500.00", USD)));
        projects.assign(owner, rebrand.id(), ProjectItem.quote(quote.id()));
        portal.quotes().send(owner, quote.id());
        portal.quotes().accept(cara, quote.id(), "Cara Diaz", fixture.browser());
        tick();
        AgreementId terms = portal.agreements().createDraft(owner, new DraftAgreement(globex.id(), "Statement of work",
                AgreementDocument.text("We design the logo."), List.of(cara.contactId()))).id();
        projects.assign(owner, rebrand.id(), ProjectItem.agreement(terms));
        portal.agreements().send(owner, terms);
        portal.agreements().sign(cara, terms, 1, "Cara Diaz", fixture.browser());
        tick();
        MessageThreadId thread = portal.messaging().startThread(owner, globex.id(),
                NewThread.titled("Kick-off", MessageContent.text("Welcome!"))).id();
        projects.assign(owner, rebrand.id(), ProjectItem.thread(thread));
        projects.assign(owner, rebrand.id(), ProjectItem.file(brief.id()));
        projects.assign(owner, rebrand.id(), ProjectItem.file(brief.id()));

        QuoteAccepted accepted = fixture.eventsOf(QuoteAccepted.class).get(0);
        assertThat(projects.items(owner, rebrand.id(), ProjectItemType.INVOICE))
                .as("the invoice the acceptance created joined the quote's project")
                .contains(ProjectItem.invoice(accepted.invoiceId()));
        assertThat(projects.items(owner, rebrand.id(), ProjectItemType.THREAD))
                .containsExactly(ProjectItem.thread(thread));
        List<FeedEntry> feed = entries(projects.feed(owner, globex.id(), rebrand.id(), null, 50));
        assertThat(feed.stream().map(FeedEntry::kind).filter(kind -> kind != FeedEntryKind.INVOICE_ISSUED))
                .containsExactly(FeedEntryKind.FILE_SHARED, FeedEntryKind.AGREEMENT_SIGNED,
                        FeedEntryKind.QUOTE_ACCEPTED, FeedEntryKind.APPROVAL_GIVEN, FeedEntryKind.VERSION_UPLOADED);
        assertThat(feed).extracting(FeedEntry::naturalKey).doesNotHaveDuplicates();
        assertThat(feed).allSatisfy(entry -> assertThat(entry.author()).isEqualTo(FeedEntry.SYSTEM));
        assertThat(textOf(feed, FeedEntryKind.VERSION_UPLOADED)).isEqualTo("Version 1 of Logo was uploaded");
        assertThat(textOf(feed, FeedEntryKind.APPROVAL_GIVEN)).isEqualTo("Cara Diaz approved version 1 of Logo");
        assertThat(textOf(feed, FeedEntryKind.AGREEMENT_SIGNED)).isEqualTo("Cara Diaz signed Statement of work");
        assertThat(textOf(feed, FeedEntryKind.FILE_SHARED)).isEqualTo("File brief.txt was shared");
        assertThat(textOf(feed, FeedEntryKind.QUOTE_ACCEPTED)).contains(accepted.number()).contains("1500.00");
        assertThat(entries(projects.feed(ana, rebrand.id(), null, 50))).as("the client's contacts read it all")
                .isEqualTo(feed);
    }

    @Test
    void anItem_joinsOnlyAProjectOfItsOwnClient_andOnlyOfTheWorkspace() {
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        SharedFile initechFile = fixture.sharedFile(owner, initech, "theirs.txt", "Initech's");
        Deliverable elsewhere = portal.approvals().create(stranger,
                CreateDeliverable.forClient(fixture.client(stranger, "Hooli").id(), "Logo"));

        assertFails(ErrorCode.PROJECT_CLIENT_MISMATCH,
                () -> projects.assign(owner, rebrand.id(), ProjectItem.file(initechFile.id())));
        assertFails(ErrorCode.DELIVERABLE_NOT_FOUND,
                () -> projects.assign(owner, rebrand.id(), ProjectItem.deliverable(elsewhere.id())));
        assertFails(ErrorCode.THREAD_NOT_FOUND, () -> projects.assign(owner, rebrand.id(),
                ProjectItem.thread(new MessageThreadId(UUID.randomUUID()))));
        assertFails(ErrorCode.PROJECT_NOT_FOUND,
                () -> projects.assign(stranger, rebrand.id(), ProjectItem.deliverable(elsewhere.id())));
        assertFails(ErrorCode.PROJECT_NOT_FOUND,
                () -> projects.items(stranger, rebrand.id(), ProjectItemType.FILE));
        assertThat(projects.items(owner, rebrand.id(), ProjectItemType.FILE)).isEmpty();
        assertThat(entries(projects.feed(owner, globex.id(), null, null, 50))).as("nothing noted").isEmpty();
    }

    @Test
    void anUpdate_showsFilesOfItsClientsLibrary_andKeepsThemWhenSuperseded() {
        SharedFile moodboard = fixture.sharedFile(owner, globex, "moodboard.txt", "Blue and orange");
        SharedFile sketch = fixture.sharedFile(owner, globex, "sketch.txt", "A round logo");
        SharedFile theirs = fixture.sharedFile(owner, initech, "theirs.txt", "Initech's");
        SharedFile removed = fixture.sharedFile(owner, globex, "old.txt", "Gone");
        portal.files().remove(owner, removed.id());

        FeedEntry posted = projects.post(owner, globex.id(), PostUpdate.of("Two directions to look at")
                .attaching(moodboard.id(), sketch.id(), moodboard.id()));

        assertThat(posted.files()).containsExactly(moodboard.id(), sketch.id());
        assertThat(entries(projects.feed(ana, null, 10))).singleElement()
                .satisfies(entry -> assertThat(entry.files()).containsExactly(moodboard.id(), sketch.id()));
        FeedEntry newer = projects.supersede(owner, posted.id(), "Three directions to look at", false);
        assertThat(newer.files()).containsExactly(moodboard.id(), sketch.id());
        assertFails(ErrorCode.FILE_NOT_FOUND, () -> projects.post(owner, globex.id(),
                PostUpdate.of("Theirs").attaching(theirs.id())));
        assertFails(ErrorCode.FILE_NOT_FOUND, () -> projects.post(owner, globex.id(),
                PostUpdate.of("Removed").attaching(removed.id())));
        assertFails(ErrorCode.INVALID_VALUE, () -> PostUpdate.of("Too many").attaching(
                Stream.generate(() -> new FileId(UUID.randomUUID())).limit(FeedEntry.MAX_FILES + 1)
                        .toArray(FileId[]::new)));
        assertThat(entries(projects.feed(owner, globex.id(), null, null, 10))).as("nothing half-written").hasSize(2);
    }

    @Test
    void anUpdateThatNeedsInput_awaitsItUntilAContactReplies_onceAlsoWhenTwoReplyAtOnce() {
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        FeedEntry question = projects.post(owner, globex.id(), PostUpdate.of("Which logo do you prefer?")
                .about(rebrand.id()).needingInput());
        FeedEntry notice = projects.post(owner, globex.id(), PostUpdate.of("Drafts are up"));
        FeedEntry forInitech = projects.post(owner, initech.id(), PostUpdate.of("Your input, please").needingInput());

        assertThat(projects.overview(ana).awaitingInput()).containsExactly(question);
        assertThat(projects.awaitingInput(owner, null, 10)).containsExactly(question, forInitech);
        assertThat(projects.awaitingInput(owner, globex.id(), 10)).containsExactly(question);
        assertFails(ErrorCode.FEED_ENTRY_NOT_FOUND, () -> projects.reply(ivan, question.id(), "Mine?"));
        assertFails(ErrorCode.ROLE_REQUIRED, () -> projects.reply(viewer(globex, "Vic Lane"), question.id(), "B"));

        tick();
        List<Race.Outcome<FeedEntry>> replies = Race.run(() -> projects.reply(ana, question.id(), "The second"),
                () -> projects.reply(bob, question.id(), "The first"));
        assertThat(replies).allMatch(Race.Outcome::succeeded);
        FeedEntry answered = projects.feed(owner, globex.id(), null, null, 50).items().stream()
                .map(FeedItem::entry).filter(entry -> entry.id().equals(question.id())).findFirst().orElseThrow();
        List<FeedEntry> replyEntries = replies.stream().map(Race.Outcome::value).toList();
        assertThat(replyEntries).allSatisfy(reply -> {
            assertThat(reply.kind()).isEqualTo(FeedEntryKind.REPLY);
            assertThat(reply.inReplyTo()).isEqualTo(question.id());
            assertThat(reply.projectId()).isEqualTo(rebrand.id());
        });
        assertThat(replyEntries).extracting(FeedEntry::id).contains(answered.answeredBy());
        assertThat(answered.awaitingInput()).isFalse();
        assertThat(projects.overview(ana).awaitingInput()).isEmpty();
        assertThat(projects.awaitingInput(owner, null, 10)).containsExactly(forInitech);
        assertThat(projects.reply(ana, notice.id(), "Thanks!").inReplyTo()).isEqualTo(notice.id());

        FeedEntry again = projects.supersede(owner, forInitech.id(), "Your input by Friday, please", true);
        assertThat(projects.awaitingInput(owner, null, 10)).as("the newer update awaits instead").containsExactly(again);
        assertFails(ErrorCode.FEED_ENTRY_NOT_REPLIABLE, () -> projects.reply(ivan, forInitech.id(), "Late"));
        assertFails(ErrorCode.FEED_ENTRY_NOT_REPLIABLE, () -> projects.reply(ana, replyEntries.get(0).id(), "Re"));
        assertThat(portal.audit().forSubject(owner, "feed_entry", replyEntries.get(0).id().toString()))
                .extracting(AuditEntry::action).containsExactly("feed.reply_posted");
    }

    @Test
    void theOverview_showsActiveProjectsWithTheirProgress_andTheNewestEntriesTheContactHasNotRead() {
        Project rebrand = projects.create(owner, globex.id(), new NewProject("Rebrand", null, null,
                Money.of("5000.00", USD)));
        Project support = projects.create(owner, globex.id(), NewProject.named("Support"));
        projects.changeStatus(owner, support.id(), support.version(), ProjectStatus.DONE);
        ContactPrincipal cara = approver(globex, "Cara Diaz");
        SharedFile draft = fixture.sharedFile(owner, globex, "logo.txt", "A round logo");
        for (String title : List.of("Logo", "Palette", "Type")) {
            Deliverable deliverable = portal.approvals().create(owner, CreateDeliverable.forClient(globex.id(),
                    title));
            projects.assign(owner, rebrand.id(), ProjectItem.deliverable(deliverable.id()));
            if (!title.equals("Type")) {
                portal.approvals().addVersion(owner, AddVersion.of(deliverable.id(), "Draft", draft.id()));
                portal.approvals().requestApproval(owner, new RequestApproval(deliverable.id(),
                        List.of(cara.contactId()), ApprovalRule.ALL));
            }
            if (title.equals("Logo")) {
                portal.approvals().approve(cara, Approve.of(deliverable.id(), VersionPin.number(1)),
                        fixture.browser());
            }
        }
        projects.assign(owner, rebrand.id(), ProjectItem.invoice(fixture.issuedInvoice(owner, globex, "1200.00")
                .id()));
        List<FeedEntry> updates = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            tick();
            updates.add(projects.post(owner, globex.id(), PostUpdate.of("Update " + n)));
        }
        projects.markRead(ana, updates.get(4).id());

        ProjectsOverview overview = projects.overview(ana);

        assertThat(overview.activeProjects()).singleElement().satisfies(progress -> {
            assertThat(progress.project().id()).isEqualTo(rebrand.id());
            assertThat(progress.deliverablesApproved()).isEqualTo(1);
            assertThat(progress.deliverablesTotal()).isEqualTo(3);
            assertThat(progress.budget().invoiced()).isEqualTo(Money.of("1200.00", USD));
            assertThat(progress.budget().remaining()).contains(Money.of("3800.00", USD));
        });
        assertThat(overview.newestUnread()).extracting(item -> item.entry().text())
                .containsExactly("Update 8", "Update 7", "Update 6");
        assertThat(projects.overview(bob).newestUnread()).as("Bob read nothing").hasSize(ProjectsOverview.MAX_UNREAD)
                .allMatch(FeedItem::unread);
        assertThat(projects.overview(ivan).activeProjects()).as("another client's projects stay apart").isEmpty();
        assertThat(projects.overview(ivan).newestUnread()).isEmpty();
    }

    private void tick() {
        fixture.clock.advance(Duration.ofSeconds(1));
    }

    private static String textOf(List<FeedEntry> feed, FeedEntryKind kind) {
        return feed.stream().filter(entry -> entry.kind() == kind).map(FeedEntry::text).findFirst().orElseThrow();
    }

    private ContactPrincipal approver(Client client, String name) {
        return fixture.signedInAs(owner, fixture.contact(owner, client, name, Role.APPROVER, Role.BILLING));
    }

    private ContactPrincipal viewer(Client client, String name) {
        return fixture.signedInAs(owner, fixture.contact(owner, client, name, Role.VIEWER));
    }

    private Invoice draftOf(Project project, String amount) {
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(project.clientId())
                .line("Design", "1", "day", Money.of(amount, USD)));
        projects.assign(owner, project.id(), ProjectItem.invoice(draft.id()));
        return draft;
    }

    private ContactPrincipal signedIn(Client client, String name) {
        Contact contact = fixture.contact(owner, client, name, Role.BILLING);
        return fixture.signedInAs(owner, contact);
    }

    private static List<FeedEntry> entries(FeedPage page) {
        return page.items().stream().map(FeedItem::entry).toList();
    }

    private static void assertFails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(code));
    }
}
