package dev.clientportal.core.project;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

final class ProjectsService implements Projects {

    private final ProjectRepository projects;
    private final ActivityFeedStore feed;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final ProjectItems items;
    private final FeedNotes notes;
    private final Duration editWindow;
    private final PortalRuntime runtime;
    private final FeedDigests digests;

    ProjectsService(ProjectStores stores, WorkspaceRepository workspaces, ClientRepository clients,
                    InvoiceRepository invoices, ProjectItems items, FeedNotes notes, Duration editWindow,
                    PortalRuntime runtime, FeedDigests digests) {
        this.projects = stores.projects();
        this.feed = stores.feed();
        this.workspaces = workspaces;
        this.clients = clients;
        this.invoices = invoices;
        this.items = items;
        this.notes = notes;
        this.editWindow = editWindow;
        this.runtime = runtime;
        this.digests = digests;
    }

    @Override
    public Project create(StaffPrincipal staff, ClientId clientId, NewProject project) {
        PortalException.requireField(staff, "staff");
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(project, "project");
        return runtime.execute(events -> {
            Client client = clients.require(staff.workspaceId(), clientId).requireActive();
            CurrencyUnit currency = currencyOf(staff.workspaceId(), client, project.budget());
            Project saved = projects.save(new Project(new ProjectId(runtime.ids().next()), staff.workspaceId(),
                    client.id(), project.name(), ProjectStatus.ACTIVE, currency, project.startDate(),
                    project.endDate(), project.budget(), runtime.clock().instant(), 0));
            runtime.audit().record(saved.workspaceId(), staff.actor(), "project.created", "project",
                    saved.id().toString(), Map.of("client", client.id().toString(), "name", saved.name()));
            return saved;
        });
    }

    /** A budget may be in the workspace's or the client's currency; without one the project bills in the client's. */
    private CurrencyUnit currencyOf(WorkspaceId workspaceId, Client client, @Nullable Money budget) {
        if (budget == null || budget.currency().equals(client.currency())) {
            return client.currency();
        }
        CurrencyUnit workspaceCurrency = workspaces.require(workspaceId).settings().defaultCurrency();
        if (!budget.currency().equals(workspaceCurrency)) {
            throw PortalException.invalid(ErrorCode.CURRENCY_MISMATCH, "project.budget", budget,
                    "must be in the client's currency " + client.currency() + " or the workspace's "
                            + workspaceCurrency);
        }
        return workspaceCurrency;
    }

    @Override
    public Project rename(StaffPrincipal staff, ProjectId projectId, long version, String name) {
        return change(staff, projectId, version, "project.renamed", project -> project.renamed(name));
    }

    @Override
    public Project changeStatus(StaffPrincipal staff, ProjectId projectId, long version, ProjectStatus status) {
        PortalException.requireField(status, "status");
        return change(staff, projectId, version, "project.status_changed", project -> project.movedTo(status));
    }

    @Override
    public Project reschedule(StaffPrincipal staff, ProjectId projectId, long version, @Nullable LocalDate startDate,
                              @Nullable LocalDate endDate) {
        return change(staff, projectId, version, "project.rescheduled",
                project -> project.rescheduled(startDate, endDate));
    }

    @Override
    public Project changeBudget(StaffPrincipal staff, ProjectId projectId, long version, @Nullable Money budget) {
        return change(staff, projectId, version, "project.budget_changed", project -> project.withBudget(budget));
    }

    /** Loads the project at the caller's version, applies the change, stores and audits it. */
    private Project change(StaffPrincipal staff, ProjectId projectId, long version, String action,
                           UnaryOperator<Project> change) {
        PortalException.requireField(staff, "staff");
        return runtime.execute(events -> {
            Project current = load(staff.workspaceId(), projectId, null);
            if (current.version() != version) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "project " + projectId + " is at version "
                        + current.version() + ", not " + version + ": someone changed it; load it again");
            }
            Project saved = projects.save(change.apply(current));
            runtime.audit().record(saved.workspaceId(), staff.actor(), action, "project", saved.id().toString(),
                    Map.of("name", saved.name(), "status", saved.status().name(),
                            "startDate", String.valueOf(saved.startDate()), "endDate", String.valueOf(saved.endDate()),
                            "budget", String.valueOf(saved.budget())));
            return saved;
        });
    }

    @Override
    public Project get(StaffPrincipal staff, ProjectId projectId) {
        PortalException.requireField(staff, "staff");
        return runtime.read(() -> load(staff.workspaceId(), projectId, null));
    }

    @Override
    public List<Project> list(StaffPrincipal staff, ClientId clientId) {
        PortalException.requireField(staff, "staff");
        PortalException.requireField(clientId, "clientId");
        return runtime.read(() -> projects.forClient(staff.workspaceId(),
                clients.require(staff.workspaceId(), clientId).id()));
    }

    @Override
    public void assign(StaffPrincipal staff, ProjectId projectId, ProjectItem item) {
        PortalException.requireField(staff, "staff");
        PortalException.requireField(item, "item");
        runtime.run(events -> {
            Project project = load(staff.workspaceId(), projectId, null);
            ProjectItems.Found found = items.require(staff.workspaceId(), item);
            if (!found.clientId().equals(project.clientId())) {
                throw PortalException.invalid(ErrorCode.PROJECT_CLIENT_MISMATCH, "item", item,
                        "belongs to another client than project " + projectId + " is for");
            }
            if (found.currency().filter(currency -> !currency.equals(project.currency())).isPresent()) {
                throw PortalException.invalid(ErrorCode.CURRENCY_MISMATCH, "item", item,
                        "is in " + found.currency().orElseThrow() + ", project " + projectId + " in "
                                + project.currency());
            }
            projects.assign(staff.workspaceId(), item, projectId);
            runtime.audit().record(staff.workspaceId(), staff.actor(), "project.item_assigned", "project",
                    projectId.toString(), Map.of("type", item.type().name(), "item", item.id().toString()));
            if (item.type() == ProjectItemType.FILE) {
                notes.fileShared(project, item, found.title());
            }
        });
    }

    @Override
    public List<ProjectItem> items(StaffPrincipal staff, ProjectId projectId, ProjectItemType type) {
        PortalException.requireField(staff, "staff");
        PortalException.requireField(type, "type");
        return runtime.read(() -> {
            Project project = load(staff.workspaceId(), projectId, null);
            return projects.itemsOf(project.workspaceId(), project.id(), type).stream()
                    .map(id -> new ProjectItem(type, id)).toList();
        });
    }

    @Override
    public BudgetSummary budget(StaffPrincipal staff, ProjectId projectId) {
        PortalException.requireField(staff, "staff");
        return runtime.read(() -> budgetOf(load(staff.workspaceId(), projectId, null)));
    }

    /** What the project's issued invoices came to and what was paid on its invoices. */
    private BudgetSummary budgetOf(Project project) {
        Money invoiced = Money.zero(project.currency());
        Money paid = Money.zero(project.currency());
        List<InvoiceId> ids = projects.itemsOf(project.workspaceId(), project.id(), ProjectItemType.INVOICE).stream()
                .map(InvoiceId::new).toList();
        for (Invoice invoice : invoices.findAll(project.workspaceId(), ids)) {
            if (invoice.status().isIssued()) {
                invoiced = invoiced.plus(invoice.total());
            }
            paid = paid.plus(invoice.balance().paid());
        }
        return new BudgetSummary(project.id(), project.budgetAmount(), invoiced, paid);
    }

    @Override
    public FeedEntry post(StaffPrincipal staff, ClientId clientId, PostUpdate update) {
        PortalException.requireField(staff, "staff");
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(update, "update");
        return runtime.execute(events -> {
            Client client = clients.require(staff.workspaceId(), clientId).requireActive();
            if (update.projectId() != null) {
                Project project = load(staff.workspaceId(), update.projectId(), null);
                if (!project.clientId().equals(client.id())) {
                    throw PortalException.invalid(ErrorCode.PROJECT_CLIENT_MISMATCH, "update.projectId",
                            project.id(), "is a project of another client");
                }
            }
            for (FileId file : update.files()) {
                if (!items.require(staff.workspaceId(), ProjectItem.file(file)).clientId().equals(client.id())) {
                    throw PortalException.notFound(ErrorCode.FILE_NOT_FOUND, "file", file);
                }
            }
            FeedEntry entry = inserted(FeedEntry.update(new FeedEntryId(runtime.ids().next()), staff.workspaceId(),
                    client.id(), update, staff.actor(), runtime.clock().instant()));
            runtime.audit().record(entry.workspaceId(), staff.actor(), "feed.update_posted", "feed_entry",
                    entry.id().toString(), Map.of("client", client.id().toString(),
                            "project", String.valueOf(entry.projectId()),
                            "needsInput", Boolean.toString(entry.needsInput()),
                            "files", Integer.toString(entry.files().size())));
            return entry;
        });
    }

    @Override
    public FeedEntry edit(StaffPrincipal staff, FeedEntryId entryId, String text) {
        PortalException.requireField(staff, "staff");
        String newText = PortalException.requireText(text, "feed.text", FeedEntry.MAX_TEXT);
        return runtime.execute(events -> {
            FeedEntry entry = requireEditable(loadEntry(staff.workspaceId(), entryId, null));
            if (!entry.author().equals(staff.actor())) {
                throw PortalException.invalid(ErrorCode.FEED_NOT_AUTHOR, "entryId", entryId,
                        "only its author may edit an update; supersede it instead");
            }
            Instant now = runtime.clock().instant();
            if (Duration.between(entry.createdAt(), now).compareTo(editWindow) > 0) {
                throw PortalException.invalid(ErrorCode.FEED_EDIT_WINDOW_CLOSED, "entryId", entryId,
                        "updates can be edited for " + editWindow + " after posting; supersede it instead");
            }
            FeedEntry saved = feed.update(entry.edited(newText, now));
            runtime.audit().record(saved.workspaceId(), staff.actor(), "feed.update_edited", "feed_entry",
                    saved.id().toString(), Map.of("client", saved.clientId().toString(),
                            "length", Integer.toString(newText.length())));
            return saved;
        });
    }

    @Override
    public FeedEntry supersede(StaffPrincipal staff, FeedEntryId entryId, String text, boolean needsInput) {
        PortalException.requireField(staff, "staff");
        String newText = PortalException.requireText(text, "feed.text", FeedEntry.MAX_TEXT);
        return runtime.execute(events -> {
            FeedEntry old = requireEditable(loadEntry(staff.workspaceId(), entryId, null));
            FeedEntry newer = inserted(new FeedEntry(new FeedEntryId(runtime.ids().next()), old.workspaceId(),
                    old.clientId(), old.projectId(), FeedEntryKind.UPDATE, newText, staff.actor(),
                    runtime.clock().instant(), needsInput, null, old.id(), null, null, null, null, old.files(), 0));
            feed.update(old.supersededBy(newer.id()));
            runtime.audit().record(newer.workspaceId(), staff.actor(), "feed.update_superseded", "feed_entry",
                    old.id().toString(), Map.of("client", old.clientId().toString(), "by", newer.id().toString()));
            return newer;
        });
    }

    /** Inserts an update staff wrote, which has no natural key to be taken. */
    private FeedEntry inserted(FeedEntry update) {
        return feed.insert(update).orElseThrow(() -> new IllegalStateException("an update without natural key was "
                + "refused as a duplicate: " + update.id()));
    }

    private static FeedEntry requireEditable(FeedEntry entry) {
        if (entry.kind() != FeedEntryKind.UPDATE || entry.superseded()) {
            throw PortalException.invalid(ErrorCode.FEED_ENTRY_NOT_EDITABLE, "entryId", entry.id(),
                    entry.superseded() ? "was superseded by " + entry.supersededBy() + " already"
                            : "was written by the portal, not by staff");
        }
        return entry;
    }

    @Override
    public FeedPage feed(StaffPrincipal staff, ClientId clientId, @Nullable ProjectId projectId,
                         @Nullable FeedCursor after, int limit) {
        PortalException.requireField(staff, "staff");
        PortalException.requireField(clientId, "clientId");
        requireLimit(limit);
        return runtime.read(() -> {
            Client client = clients.require(staff.workspaceId(), clientId);
            if (projectId != null) {
                load(staff.workspaceId(), projectId, client.id());
            }
            return page(feed.page(staff.workspaceId(), client.id(), projectId, after, limit), limit, entry -> false);
        });
    }

    @Override
    public List<FeedReadMark> readers(StaffPrincipal staff, FeedEntryId entryId) {
        PortalException.requireField(staff, "staff");
        return runtime.read(() -> {
            FeedEntry entry = loadEntry(staff.workspaceId(), entryId, null);
            return feed.readMarks(entry.workspaceId(), entry.clientId()).stream()
                    .filter(mark -> mark.covers(entry.position())).toList();
        });
    }

    @Override
    public List<Project> projects(ContactPrincipal contact) {
        PortalException.requireField(contact, "contact");
        return runtime.read(() -> {
            return projects.forClient(contact.workspaceId(), contact.clientId());
        });
    }

    @Override
    public Project project(ContactPrincipal contact, ProjectId projectId) {
        PortalException.requireField(contact, "contact");
        return runtime.read(() -> {
            return load(contact.workspaceId(), projectId, contact.clientId());
        });
    }

    @Override
    public FeedPage feed(ContactPrincipal contact, @Nullable FeedCursor after, int limit) {
        return contactFeed(contact, null, after, limit);
    }

    @Override
    public FeedPage feed(ContactPrincipal contact, ProjectId projectId, @Nullable FeedCursor after, int limit) {
        PortalException.requireField(projectId, "projectId");
        return contactFeed(contact, projectId, after, limit);
    }

    /**
     * A contact's feed page in two reads, its read mark and the page. Like the client's other pages (dashboard,
     * invoices, messages), a read trusts the principal the host authenticated for this request; what the contact
     * decides or writes re-checks its access in the transaction. A project of another client has no entries in the
     * client's feed, so its page is empty, and only an empty page looks the project up to tell "no entries yet" from
     * "not found".
     */
    private FeedPage contactFeed(ContactPrincipal contact, @Nullable ProjectId projectId, @Nullable FeedCursor after,
                                 int limit) {
        PortalException.requireField(contact, "contact");
        requireLimit(limit);
        return runtime.read(() -> {
            Predicate<FeedEntry> unread = unreadBy(contact);
            List<FeedEntry> entries = feed.page(contact.workspaceId(), contact.clientId(), projectId, after, limit);
            if (entries.isEmpty() && projectId != null) {
                load(contact.workspaceId(), projectId, contact.clientId());
            }
            return page(entries, limit, unread);
        });
    }

    /** Which entries the contact has not read: those after its read mark, or all without one. */
    private Predicate<FeedEntry> unreadBy(ContactPrincipal contact) {
        return feed.readMark(contact.workspaceId(), contact.clientId(), contact.contactId())
                .<Predicate<FeedEntry>>map(read -> entry -> !read.covers(entry.position())).orElse(entry -> true);
    }

    @Override
    public ProjectsOverview overview(ContactPrincipal contact) {
        PortalException.requireField(contact, "contact");
        return runtime.read(() -> {
            List<ProjectProgress> active = projects.forClient(contact.workspaceId(), contact.clientId()).stream()
                    .filter(project -> project.status() == ProjectStatus.ACTIVE).map(this::progressOf).toList();
            Predicate<FeedEntry> unread = unreadBy(contact);
            List<FeedItem> newestUnread = feed.page(contact.workspaceId(), contact.clientId(), null, null,
                            ProjectsOverview.MAX_UNREAD).stream()
                    .filter(unread).map(entry -> new FeedItem(entry, true)).toList();
            List<FeedEntry> awaiting = feed.awaitingInput(contact.workspaceId(), contact.clientId(),
                    ProjectsOverview.MAX_AWAITING);
            return new ProjectsOverview(active, newestUnread, awaiting);
        });
    }

    /** A project's deliverables approved out of all, and its money so far. */
    private ProjectProgress progressOf(Project project) {
        List<UUID> deliverables = projects.itemsOf(project.workspaceId(), project.id(), ProjectItemType.DELIVERABLE);
        int approved = items.approvedDeliverables(project.workspaceId(), deliverables);
        return new ProjectProgress(project, approved, deliverables.size(), budgetOf(project));
    }

    @Override
    public FeedEntry reply(ContactPrincipal contact, FeedEntryId updateId, String text) {
        PortalException.requireField(contact, "contact");
        String replyText = PortalException.requireText(text, "feed.text", FeedEntry.MAX_TEXT);
        return runtime.execute(events -> {
            contact.requireAllowed(PortalAction.CONTRIBUTE);
            FeedEntry update = loadEntry(contact.workspaceId(), updateId, contact.clientId());
            if (update.kind() != FeedEntryKind.UPDATE || update.superseded()) {
                throw PortalException.invalid(ErrorCode.FEED_ENTRY_NOT_REPLIABLE, "updateId", updateId,
                        update.superseded() ? "was superseded by " + update.supersededBy() + "; reply to that one"
                                : "is not an update staff posted");
            }
            FeedEntry reply = inserted(FeedEntry.reply(new FeedEntryId(runtime.ids().next()), update, replyText,
                    contact.actor(), runtime.clock().instant()));
            if (update.awaitingInput()) {
                feed.update(update.answeredBy(reply.id()));
            }
            runtime.audit().record(reply.workspaceId(), contact.actor(), "feed.reply_posted", "feed_entry",
                    reply.id().toString(), Map.of("client", reply.clientId().toString(),
                            "inReplyTo", update.id().toString(),
                            "answered", Boolean.toString(update.awaitingInput())));
            return reply;
        });
    }

    @Override
    public List<FeedEntry> awaitingInput(StaffPrincipal staff, @Nullable ClientId clientId, int limit) {
        PortalException.requireField(staff, "staff");
        requireLimit(limit);
        return runtime.read(() -> {
            ClientId scope = clientId == null ? null : clients.require(staff.workspaceId(), clientId).id();
            return feed.awaitingInput(staff.workspaceId(), scope, limit);
        });
    }

    @Override
    public void markRead(ContactPrincipal contact, FeedEntryId upTo) {
        PortalException.requireField(contact, "contact");
        runtime.run(events -> {
            contact.requireAllowed(PortalAction.READ);
            FeedEntry entry = loadEntry(contact.workspaceId(), upTo, contact.clientId());
            feed.markRead(new FeedReadMark(entry.workspaceId(), entry.clientId(), contact.contactId(),
                    entry.position(), runtime.clock().instant()));
        });
    }

    /** A page of entries, each marked unread as the reader's mark says; the next page starts after a full one. */
    private static FeedPage page(List<FeedEntry> entries, int limit, Predicate<FeedEntry> unread) {
        List<FeedItem> items = entries.stream().map(entry -> new FeedItem(entry, unread.test(entry))).toList();
        Optional<FeedCursor> next = entries.size() < limit ? Optional.empty()
                : Optional.of(entries.get(entries.size() - 1).position());
        return new FeedPage(items, next);
    }

    private Project load(WorkspaceId workspaceId, @Nullable ProjectId projectId, @Nullable ClientId clientScope) {
        ProjectId id = PortalException.requireField(projectId, "projectId");
        return projects.find(workspaceId, id)
                .filter(project -> clientScope == null || project.clientId().equals(clientScope))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.PROJECT_NOT_FOUND, "project", id));
    }

    private FeedEntry loadEntry(WorkspaceId workspaceId, @Nullable FeedEntryId entryId,
                                @Nullable ClientId clientScope) {
        FeedEntryId id = PortalException.requireField(entryId, "entryId");
        return feed.find(workspaceId, id)
                .filter(entry -> clientScope == null || entry.clientId().equals(clientScope))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.FEED_ENTRY_NOT_FOUND, "feed entry", id));
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and " + MAX_PAGE);
        }
    }

    @Override
    public DigestRun sendDigests(Instant now, int maxDigests) {
        return digests.send(now, maxDigests);
    }
}
