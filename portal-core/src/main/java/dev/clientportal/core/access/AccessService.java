package dev.clientportal.core.access;

import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class AccessService implements Access {

    private static final Logger LOG = LoggerFactory.getLogger(AccessService.class);
    /** Who asks for a link or presents a token: nobody known yet. */
    private static final String ANONYMOUS = "anonymous";
    /** How much of a secret's hash a log line shows: enough to correlate, far too little to matter. */
    private static final int HASH_PREFIX = 12;

    /** Sessions record a request at most this often, so authenticating is a read almost every time. */
    private static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(1);
    /** The longest a shared link may live, so an expiry like {@code Instant.MAX} cannot make it eternal. */
    static final Duration MAX_LINK_LIFETIME = Duration.ofDays(3_660);

    private final AccessStores stores;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final DocumentCatalog documents;
    private final AccessSettings settings;
    private final SecretTokens secrets;
    private final SignInRateLimiter limiter;
    private final Notices notifier;
    private final PortalRuntime runtime;

    AccessService(AccessStores stores, WorkspaceRepository workspaces, ClientRepository clients,
                  ContactRepository contacts, DocumentCatalog documents, AccessSettings settings,
                  SecureRandom random, Notices notifier, PortalRuntime runtime) {
        this.stores = stores;
        this.workspaces = workspaces;
        this.clients = clients;
        this.contacts = contacts;
        this.documents = documents;
        this.settings = settings;
        this.secrets = new SecretTokens(random);
        this.limiter = new SignInRateLimiter(settings, stores.rateLimits(), runtime.clock());
        this.notifier = notifier;
        this.runtime = runtime;
    }

    @Override
    public SignInLink invite(StaffPrincipal principal, ContactId contactId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Contact contact = contact(principal.workspaceId(), contactId);
            if (!contact.active()) {
                throw PortalException.invalid(ErrorCode.CONTACT_REMOVED, "contact", contactId,
                        "was removed from client " + contact.clientId() + "; add it again to invite it");
            }
            clients.find(contact.workspaceId(), contact.clientId()).orElseThrow().requireActive();
            Instant now = runtime.clock().instant();
            for (LoginToken earlier : stores.tokens().forContact(contact.workspaceId(), contact.id())) {
                if (earlier.purpose() == LoginToken.Purpose.INVITATION && earlier.isOutstanding(now)) {
                    stores.tokens().save(earlier.revoked(now));
                }
            }
            PortalAccess access = stores.access().find(contact.workspaceId(), contact.id())
                    .orElseGet(() -> new PortalAccess(contact.workspaceId(), contact.id(), contact.clientId(),
                            PortalAccess.Status.INVITED, now, null, null, 0));
            stores.access().save(access.invited(now));
            SignInLink link = issueToken(contact, LoginToken.Purpose.INVITATION, now.plus(settings.invitationTtl()),
                    principal.actor(), ClientRequest.unknown());
            runtime.audit().record(contact.workspaceId(), principal.actor(), "access.invited", "contact",
                    contact.id().toString(), Map.of("client", contact.clientId().toString(),
                            "expiresAt", link.expiresAt().toString()), Map.of("email", contact.email()));
            events.raise(new ContactInvited(runtime.ids().next(),
                    contact.workspaceId(), contact.clientId(), contact.id(), link.expiresAt(),
                    now));
            if (notifier.sends()) {
                Workspace workspace = workspaces.require(contact.workspaceId());
                Client client = clients.require(contact.workspaceId(), contact.clientId());
                notifier.sendAfterCommit(() -> AccessMessages.invitation(workspace, client, contact,
                        notifier.signInUrl(link.token()), link));
            }
            return link;
        });
    }

    @Override
    public List<SignInLink> requestSignIn(WorkspaceId workspaceId, String email, ClientRequest request) {
        PortalException.requireField(workspaceId, "workspaceId");
        String emailKey = ContactRepository.emailKey(PortalException.requireText(email, "email"));
        ClientRequest from = request == null ? ClientRequest.unknown() : request;
        SignInRateLimiter.Verdict fromAddress = limiter.requestFrom(from.address());
        if (fromAddress.refused()) {
            if (fromAddress == SignInRateLimiter.Verdict.TRIPPED) {
                LOG.warn("sign-in link requests from {} exceeded their limit", from.address());
            }
            throw SignInRateLimiter.limited();
        }
        // an unknown workspace is answered as an unknown address, and counts nothing against the address named:
        // else anyone could lock a victim out by asking for links in a workspace that does not exist
        if (runtime.read(() -> workspaces.find(workspaceId)).isEmpty()) {
            return List.of();
        }
        SignInRateLimiter.Verdict forEmail = limiter.requestFor(workspaceId, emailKey);
        if (forEmail.refused()) {
            if (forEmail == SignInRateLimiter.Verdict.TRIPPED) {
                // named by a pseudonym of the address; the address itself is a detail, personal data
                recordOnItsOwn(workspaceId, ANONYMOUS, "security.rate_limited", "sign_in_request",
                        hashPrefix(SecretTokens.hash(emailKey)), withRequest(Map.of("limit",
                                SignInRateLimiter.Kind.REQUESTED_EMAIL.label(), "email", emailKey), from));
            }
            throw SignInRateLimiter.limited();
        }
        return runtime.execute(events -> {
            Instant now = runtime.clock().instant();
            List<SignInLink> links = new ArrayList<>();
            for (Contact contact : contacts.findByEmail(workspaceId, emailKey)) {
                Optional<PortalAccess> access = stores.access().find(workspaceId, contact.id());
                boolean allowed = contact.active() && access.isPresent()
                        && access.get().status() != PortalAccess.Status.REVOKED
                        && clients.find(workspaceId, contact.clientId()).filter(client -> !client.archived()).isPresent();
                if (allowed) {
                    SignInLink link = issueToken(contact, LoginToken.Purpose.SIGN_IN, now.plus(settings.signInLinkTtl()),
                            ANONYMOUS, from);
                    links.add(link);
                    if (notifier.sends()) {
                        Workspace workspace = workspaces.require(workspaceId);
                        Client client = clients.require(workspaceId, contact.clientId());
                        notifier.sendAfterCommit(() -> AccessMessages.signIn(workspace, client, contact,
                                notifier.signInUrl(link.token()), link));
                    }
                }
            }
            return List.copyOf(links);
        });
    }

    private SignInLink issueToken(Contact contact, LoginToken.Purpose purpose, Instant expiresAt, String actor,
                                  ClientRequest from) {
        String secret = secrets.newSecret();
        LoginToken token = stores.tokens().save(new LoginToken(new LoginTokenId(runtime.ids().next()),
                contact.workspaceId(), contact.clientId(), contact.id(), purpose, SecretTokens.hash(secret),
                runtime.clock().instant(), expiresAt, null, null, 0));
        // the link's id names it; the secret itself is never written anywhere
        runtime.audit().record(contact.workspaceId(), actor, "security.link_issued", "contact", contact.id().toString(),
                withRequest(Map.of("link", token.id().toString(), "purpose", purpose.name(),
                        "expiresAt", expiresAt.toString()), from));
        return new SignInLink(contact.id(), contact.email(), secret, purpose, expiresAt);
    }

    @Override
    public SignedIn signIn(String token, ClientRequest request) {
        String secret = PortalException.requireText(token, "token");
        ClientRequest from = request == null ? ClientRequest.unknown() : request;
        limiter.check(secret, from.address());
        String hash = SecretTokens.hash(secret);
        try {
            return runtime.execute(events -> redeem(hash, from, events));
        } catch (PortalException e) {
            PortalException failure = e;
            if (e.errorCode() == ErrorCode.CONCURRENT_MODIFICATION && usedMeanwhile(hash)) {
                failure = new PortalException(ErrorCode.TOKEN_USED, "this sign-in link has already been used", e);
            }
            if (failure.errorCode().kind() == ErrorCode.Kind.UNAUTHENTICATED) {
                List<SignInRateLimiter.Kind> exhausted = limiter.failed(secret, from.address());
                reportFailedSignIn(hash, from, failure, exhausted);
            }
            throw failure;
        }
    }

    /**
     * Leaves the trace of a failed redemption, in a transaction of its own (the redemption's rolled back): an audit
     * entry in the link's workspace when the token is one of its links, a log line when it is unknown (no workspace
     * to tell). Never the token: its hash's first characters at most.
     */
    private void reportFailedSignIn(String hash, ClientRequest from, PortalException failure,
                                    List<SignInRateLimiter.Kind> exhausted) {
        reportSafely(failure, () -> {
            Optional<LoginToken> token = runtime.read(() -> stores.tokens().findByHash(hash));
            if (token.isEmpty()) {
                logUnknown("sign-in with an unknown token", hash, from, exhausted);
                return;
            }
            LoginToken known = token.get();
            Map<String, String> details = withRequest(Map.of("link", known.id().toString(),
                    "purpose", known.purpose().name(), "code", failure.errorCode().code()), from);
            runtime.run(events -> {
                runtime.audit().record(known.workspaceId(), ANONYMOUS, "security.sign_in_failed", "contact",
                        known.contactId().toString(), details);
                if (!exhausted.isEmpty()) {
                    runtime.audit().record(known.workspaceId(), ANONYMOUS, "security.rate_limited", "contact",
                            known.contactId().toString(), withRequest(Map.of("link", known.id().toString(),
                                    "limit", labels(exhausted)), from));
                }
            });
        });
    }

    /** Whether a concurrent writer redeemed the token (rather than touching something else the redemption wrote). */
    private boolean usedMeanwhile(String hash) {
        return runtime.read(() -> stores.tokens().findByHash(hash).map(token -> token.usedAt() != null)
                .orElse(false));
    }

    private SignedIn redeem(String hash, ClientRequest from, PortalRuntime.EventSink events) {
        LoginToken token = stores.tokens().findByHash(hash)
                .filter(found -> SecretTokens.sameHash(found.tokenHash(), hash))
                .orElseThrow(() -> new PortalException(ErrorCode.TOKEN_INVALID, "this sign-in link is not valid"));
        Instant now = runtime.clock().instant();
        if (token.revokedAt() != null) {
            throw new PortalException(ErrorCode.TOKEN_REVOKED, "this sign-in link was replaced or revoked");
        }
        if (token.usedAt() != null) {
            throw new PortalException(ErrorCode.TOKEN_USED, "this sign-in link has already been used");
        }
        if (!now.isBefore(token.expiresAt())) {
            throw new PortalException(ErrorCode.TOKEN_EXPIRED, "this sign-in link expired at " + token.expiresAt());
        }
        Contact contact = requirePortalUser(token.workspaceId(), token.contactId());
        stores.tokens().save(token.used(now));
        PortalAccess access = stores.access().find(token.workspaceId(), token.contactId()).orElseThrow();
        stores.access().save(access.signedIn(now));
        String sessionSecret = secrets.newSecret();
        PortalSession session = stores.sessions().save(new PortalSession(new SessionId(runtime.ids().next()),
                token.workspaceId(), token.clientId(), token.contactId(), SecretTokens.hash(sessionSecret), now, now,
                now.plus(settings.sessionLifetime()), null, from.address(), from.userAgent(), 0));
        runtime.audit().record(token.workspaceId(), "contact:" + contact.id(), "access.signed_in", "contact",
                contact.id().toString(), Map.of("session", session.id().toString(), "via", token.purpose().name()),
                Map.of("address", from.address(), "userAgent", from.userAgent()));
        events.raise(new ContactSignedIn(runtime.ids().next(),
                token.workspaceId(), token.clientId(), contact.id(), session.id(),
                from.address(), now));
        return new SignedIn(new ContactPrincipal(contact.workspaceId(), contact.clientId(), contact.id(),
                contact.roles(), session.id(), this::currentRoles), sessionSecret, session.absoluteExpiresAt());
    }

    @Override
    public ContactPrincipal authenticate(String sessionToken, ClientRequest request) {
        String hash = SecretTokens.hash(PortalException.requireText(sessionToken, "sessionToken"));
        // one read answers every fact; the write is only the rare touch, so most requests commit nothing
        SessionFacts facts = runtime.read(() -> stores.sessionQueries().byHash(hash));
        PortalSession session = facts.session()
                .filter(found -> SecretTokens.sameHash(found.tokenHash(), hash))
                .orElseThrow(() -> new PortalException(ErrorCode.TOKEN_INVALID, "this session is not valid"));
        Instant now = runtime.clock().instant();
        if (session.revokedAt() != null) {
            throw new PortalException(ErrorCode.SESSION_REVOKED, "this session was signed out or revoked");
        }
        if (!session.isLive(now, settings.sessionIdleTimeout())) {
            throw new PortalException(ErrorCode.SESSION_EXPIRED, "this session has expired; sign in again");
        }
        ContactStanding contact = requirePortalUser(facts.contact());
        if (Duration.between(session.lastSeenAt(), now).compareTo(LAST_SEEN_GRANULARITY) >= 0) {
            // a conditional touch: two requests of one session sliding it at once both succeed
            runtime.run(events -> stores.sessions().touch(session.workspaceId(), session.id(), now));
        }
        return new ContactPrincipal(session.workspaceId(), contact.clientId(), contact.contactId(), contact.roles(),
                session.id(), this::currentRoles);
    }

    /**
     * The roles a principal's contact holds now, once its access is confirmed: the contact is active and still
     * the principal's client's, its portal access is not revoked, its client not archived, and the principal's
     * session not ended. Read in the caller's transaction, so a decision re-checks access in the transaction that
     * records it.
     */
    private Set<Role> currentRoles(ContactPrincipal principal) {
        SessionFacts facts = runtime.read(() -> stores.sessionQueries().ofContact(principal.workspaceId(),
                principal.contactId(), principal.sessionId()));
        ContactStanding contact = requirePortalUser(facts.contact());
        if (!contact.clientId().equals(principal.clientId())) {
            throw new PortalException(ErrorCode.ACCESS_REVOKED, "portal access for this contact has been revoked");
        }
        if (facts.session().filter(session -> session.revokedAt() == null).isEmpty()) {
            throw new PortalException(ErrorCode.SESSION_REVOKED, "this session was signed out or revoked");
        }
        return contact.roles();
    }

    /** The contact behind a sign-in link, if it may still use the portal. */
    private Contact requirePortalUser(WorkspaceId workspaceId, ContactId contactId) {
        Optional<Contact> contact = contacts.find(workspaceId, contactId);
        requirePortalUser(contact.map(found -> ComposedSessionQueries.standing(found,
                stores.access().find(workspaceId, contactId), clients.find(workspaceId, found.clientId()))));
        return contact.orElseThrow();
    }

    /**
     * Where a contact stands, if it may still use the portal: it exists and is active, its portal access exists and
     * is not revoked, its client exists and is not archived.
     */
    private static ContactStanding requirePortalUser(Optional<ContactStanding> standing) {
        Optional<ContactStanding> contact = standing.filter(ContactStanding::active);
        boolean revoked = contact.flatMap(ContactStanding::access)
                .map(status -> status == PortalAccess.Status.REVOKED).orElse(true);
        boolean archived = contact.flatMap(ContactStanding::clientArchived).orElse(true);
        if (contact.isEmpty() || revoked || archived) {
            throw new PortalException(ErrorCode.ACCESS_REVOKED, "portal access for this contact has been revoked");
        }
        return contact.get();
    }

    @Override
    public void signOut(String sessionToken) {
        String hash = SecretTokens.hash(PortalException.requireText(sessionToken, "sessionToken"));
        runtime.run(events -> {
            stores.sessions().findByHash(hash).filter(session -> session.revokedAt() == null).ifPresent(session -> {
                stores.sessions().save(session.revoked(runtime.clock().instant()));
                runtime.audit().record(session.workspaceId(), "contact:" + session.contactId(), "access.signed_out",
                        "contact", session.contactId().toString(), Map.of("session", session.id().toString()));
            });
        });
    }

    @Override
    public PortalAccess revokeContact(StaffPrincipal principal, ContactId contactId, String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Contact contact = contact(principal.workspaceId(), contactId);
            PortalAccess revoked = revoke(contact, runtime.clock().instant());
            runtime.audit().record(contact.workspaceId(), principal.actor(), "access.revoked", "contact",
                    contact.id().toString(), Map.of("client", contact.clientId().toString()), Map.of("reason", why));
            events.raise(new PortalAccessRevoked(runtime.ids().next(),
                    contact.workspaceId(), contact.clientId(), contact.id(), why,
                    runtime.clock().instant()));
            return revoked;
        });
    }

    @Override
    public List<PortalAccess> revokeClient(StaffPrincipal principal, ClientId clientId, String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Client client = clients.require(principal.workspaceId(), PortalException.requireField(clientId, "clientId"));
            Instant now = runtime.clock().instant();
            List<PortalAccess> revoked = new ArrayList<>();
            for (Contact contact : contacts.forClient(client.workspaceId(), client.id())) {
                if (stores.access().find(contact.workspaceId(), contact.id()).isEmpty()) {
                    continue;
                }
                revoked.add(revoke(contact, now));
                events.raise(new PortalAccessRevoked(runtime.ids().next(),
                        client.workspaceId(), client.id(), contact.id(), why, now));
            }
            int links = 0;
            for (DocumentLink link : stores.links().unrevokedForClient(client.workspaceId(), client.id())) {
                stores.links().save(link.revoked(now));
                links++;
            }
            runtime.audit().record(client.workspaceId(), principal.actor(), "access.client_revoked", "client",
                    client.id().toString(), Map.of("contacts", Integer.toString(revoked.size()),
                            "documentLinks", Integer.toString(links)), Map.of("reason", why));
            return List.copyOf(revoked);
        });
    }

    private PortalAccess revoke(Contact contact, Instant now) {
        for (PortalSession session : stores.sessions().unrevokedForContact(contact.workspaceId(), contact.id())) {
            stores.sessions().save(session.revoked(now));
        }
        for (LoginToken token : stores.tokens().forContact(contact.workspaceId(), contact.id())) {
            if (token.isOutstanding(now)) {
                stores.tokens().save(token.revoked(now));
            }
        }
        PortalAccess access = stores.access().find(contact.workspaceId(), contact.id())
                .orElseGet(() -> new PortalAccess(contact.workspaceId(), contact.id(), contact.clientId(),
                        PortalAccess.Status.INVITED, now, null, null, 0));
        return stores.access().save(access.revoked(now));
    }

    @Override
    public Optional<PortalAccess> accessOf(StaffPrincipal principal, ContactId contactId) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> stores.access().find(principal.workspaceId(),
                contact(principal.workspaceId(), contactId).id()));
    }

    @Override
    public List<PortalSession> sessions(StaffPrincipal principal, ContactId contactId) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> stores.sessions().unrevokedForContact(principal.workspaceId(),
                contact(principal.workspaceId(), contactId).id()));
    }

    @Override
    public SharedLink shareDocument(StaffPrincipal principal, DocumentRef document, Optional<Instant> expiresAt) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        Optional<Instant> explicitExpiry = expiresAt == null ? Optional.empty() : expiresAt;
        SharedLink shared = runtime.execute(events -> {
            DocumentInfo info = documents.require(principal.workspaceId(), document);
            Client client = clients.find(principal.workspaceId(), info.clientId()).orElseThrow().requireActive();
            Instant now = runtime.clock().instant();
            Instant expiry = explicitExpiry.orElseGet(() -> defaultExpiry(principal.workspaceId(), info, now));
            if (!expiry.isAfter(now)) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "expiresAt", expiry, "must be in the future");
            }
            if (expiry.isAfter(now.plus(MAX_LINK_LIFETIME))) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "expiresAt", expiry,
                        "a link lives at most " + MAX_LINK_LIFETIME.toDays() + " days");
            }
            String secret = secrets.newSecret();
            DocumentLink link = stores.links().save(new DocumentLink(new DocumentLinkId(runtime.ids().next()),
                    principal.workspaceId(), client.id(), document, SecretTokens.hash(secret), principal.actor(), now,
                    expiry, null, 0));
            runtime.audit().record(link.workspaceId(), principal.actor(), "access.document_shared", "document_link",
                    link.id().toString(), Map.of("document", document.toString(), "title", info.title(),
                            "expiresAt", expiry.toString()));
            runtime.audit().record(link.workspaceId(), principal.actor(), "security.link_issued", "document_link",
                    link.id().toString(), Map.of("link", link.id().toString(), "purpose", "DOCUMENT",
                            "document", document.toString(), "expiresAt", expiry.toString()));
            events.raise(new DocumentShared(runtime.ids().next(),
                    link.workspaceId(), client.id(), document, link.id(), expiry, now));
            return new SharedLink(link, secret);
        });
        // the send log commits on its own: written once the link exists, never for a link rolled back
        stores.sends().recordSend(shared.link().workspaceId(), document, shared.link().createdAt());
        return shared;
    }

    private Instant defaultExpiry(WorkspaceId workspaceId, DocumentInfo info, Instant now) {
        Instant fromNow = now.plus(settings.documentLinkTtl());
        if (info.dueDate().isEmpty()) {
            return fromNow;
        }
        Workspace workspace = workspaces.find(workspaceId).orElseThrow();
        LocalDate due = info.dueDate().get();
        Instant afterDue = due.plusDays(1).atStartOfDay(workspace.settings().timeZone()).toInstant()
                .plus(settings.documentLinkTtl());
        return afterDue.isAfter(fromNow) ? afterDue : fromNow;
    }

    @Override
    public DocumentLinkPrincipal openDocumentLink(String token, ClientRequest request) {
        String secret = PortalException.requireText(token, "token");
        ClientRequest from = request == null ? ClientRequest.unknown() : request;
        limiter.check(secret, from.address());
        String hash = SecretTokens.hash(secret);
        try {
            return runtime.execute(events -> open(hash, from));
        } catch (PortalException e) {
            if (e.errorCode().kind() == ErrorCode.Kind.UNAUTHENTICATED) {
                List<SignInRateLimiter.Kind> exhausted = limiter.failed(secret, from.address());
                reportFailedOpen(hash, from, e, exhausted);
            }
            throw e;
        }
    }

    /** As {@link #reportFailedSignIn}, for a document link that did not open. */
    private void reportFailedOpen(String hash, ClientRequest from, PortalException failure,
                                  List<SignInRateLimiter.Kind> exhausted) {
        reportSafely(failure, () -> {
            Optional<DocumentLink> link = runtime.read(() -> stores.links().findByHash(hash));
            if (link.isEmpty()) {
                logUnknown("opening an unknown document link", hash, from, exhausted);
                return;
            }
            DocumentLink known = link.get();
            runtime.run(events -> {
                runtime.audit().record(known.workspaceId(), "link:" + known.id(), "security.document_link_refused",
                        "document_link", known.id().toString(), withRequest(Map.of("document",
                                known.document().toString(), "code", failure.errorCode().code()), from));
                if (!exhausted.isEmpty()) {
                    runtime.audit().record(known.workspaceId(), "link:" + known.id(), "security.rate_limited",
                            "document_link", known.id().toString(), withRequest(Map.of("limit", labels(exhausted)),
                                    from));
                }
            });
        });
    }

    /**
     * Logs a failure no workspace can be told of: each at debug level (a flood of guesses must not flood the log),
     * a limit it reached as a warning.
     */
    private static void logUnknown(String what, String hash, ClientRequest from, List<SignInRateLimiter.Kind> exhausted) {
        if (!exhausted.isEmpty()) {
            LOG.warn("{} (sha256 {}…) from '{}' failed and reached the limit of {}", what, hashPrefix(hash),
                    from.address(), labels(exhausted));
        } else {
            LOG.debug("{} (sha256 {}…) from '{}' failed", what, hashPrefix(hash), from.address());
        }
    }

    /** Runs a report; a report that fails is logged beside the failure it reports, never thrown instead of it. */
    private static void reportSafely(PortalException failure, Runnable report) {
        try {
            report.run();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            LOG.warn("could not record a failed sign-in", e);
        }
    }

    /** An audit entry committed on its own, for events of a call that then fails. */
    private void recordOnItsOwn(WorkspaceId workspaceId, String actor, String action, String subjectType,
                                String subjectId, Map<String, String> details) {
        try {
            runtime.execute(events -> runtime.audit().record(workspaceId, actor, action, subjectType, subjectId,
                    details));
        } catch (RuntimeException e) {
            LOG.warn("could not record {} in workspace {}", action, workspaceId, e);
        }
    }

    private static Map<String, String> withRequest(Map<String, String> details, ClientRequest from) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("address", from.address());
        all.put("userAgent", from.userAgent());
        return all;
    }

    private static String labels(List<SignInRateLimiter.Kind> kinds) {
        return String.join(",", kinds.stream().map(SignInRateLimiter.Kind::label).toList());
    }

    private static String hashPrefix(String hash) {
        return hash.substring(0, Math.min(HASH_PREFIX, hash.length()));
    }

    private DocumentLinkPrincipal open(String hash, ClientRequest from) {
        DocumentLink link = stores.links().findByHash(hash)
                .filter(found -> SecretTokens.sameHash(found.tokenHash(), hash))
                .orElseThrow(() -> new PortalException(ErrorCode.TOKEN_INVALID, "this document link is not valid"));
        Instant now = runtime.clock().instant();
        if (link.revokedAt() != null) {
            throw new PortalException(ErrorCode.TOKEN_REVOKED, "this document link was revoked");
        }
        if (!now.isBefore(link.expiresAt())) {
            throw new PortalException(ErrorCode.TOKEN_EXPIRED, "this document link expired at " + link.expiresAt());
        }
        if (clients.find(link.workspaceId(), link.clientId()).filter(client -> !client.archived()).isEmpty()) {
            // links stop with the client: an archived client's documents are no longer shared
            throw new PortalException(ErrorCode.ACCESS_REVOKED, "access to this client's documents has ended");
        }
        if (documents.resolve(link.workspaceId(), link.document()).isEmpty()) {
            throw new PortalException(ErrorCode.TOKEN_INVALID, "the linked document is no longer available");
        }
        runtime.audit().record(link.workspaceId(), "link:" + link.id(), "security.document_link_opened",
                "document_link", link.id().toString(), withRequest(Map.of("document", link.document().toString()),
                        from));
        return new DocumentLinkPrincipal(link.workspaceId(), link.clientId(), link.document(), link.id());
    }

    @Override
    public DocumentLink revokeDocumentLink(StaffPrincipal principal, DocumentLinkId linkId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(linkId, "linkId");
        return runtime.execute(events -> {
            DocumentLink link = stores.links().find(principal.workspaceId(), linkId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.DOCUMENT_LINK_NOT_FOUND, "document link", linkId));
            if (link.revokedAt() != null) {
                return link;
            }
            DocumentLink revoked = stores.links().save(link.revoked(runtime.clock().instant()));
            runtime.audit().record(link.workspaceId(), principal.actor(), "access.document_link_revoked",
                    "document_link", link.id().toString(), Map.of("document", link.document().toString()));
            return revoked;
        });
    }

    @Override
    public List<DocumentLink> documentLinks(StaffPrincipal principal, DocumentRef document) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(document, "document");
        return runtime.read(() -> stores.links().forDocument(principal.workspaceId(), document));
    }

    private Contact contact(WorkspaceId workspaceId, ContactId contactId) {
        PortalException.requireField(contactId, "contactId");
        return contacts.find(workspaceId, contactId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.CONTACT_NOT_FOUND, "contact", contactId));
    }
}
