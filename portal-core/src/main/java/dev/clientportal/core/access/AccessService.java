package dev.clientportal.core.access;

import dev.clientportal.core.InputLimits;
import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.PortalRuntime;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.workspace.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class AccessService implements Access {

    /** Sessions record a request at most this often, so authenticating is a read almost every time. */
    private static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(1);
    /** The longest a shared link may live, so an expiry like {@code Instant.MAX} cannot make it eternal. */
    static final Duration MAX_LINK_LIFETIME = Duration.ofDays(3_660);

    private final AccessStores stores;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final DocumentDirectory documents;
    private final AccessSettings settings;
    private final SecretTokens secrets;
    private final SignInRateLimiter limiter;
    private final Notifier notifier;
    private final PortalRuntime runtime;

    AccessService(AccessStores stores, WorkspaceRepository workspaces, ClientRepository clients,
                  ContactRepository contacts, DocumentDirectory documents, AccessSettings settings,
                  SecureRandom random, Notifier notifier, PortalRuntime runtime) {
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
            SignInLink link = issueToken(contact, LoginToken.Purpose.INVITATION, now.plus(settings.invitationTtl()));
            runtime.audit().record(contact.workspaceId(), principal.actor(), "access.invited", "contact",
                    contact.id().toString(), Map.of("client", contact.clientId().toString(), "email", contact.email(),
                            "expiresAt", link.expiresAt().toString()));
            events.raise(new ContactInvited(runtime.ids().next(),
                    contact.workspaceId(), contact.clientId(), contact.id(), link.expiresAt(),
                    now));
            if (notifier.sends()) {
                Workspace workspace = workspaces.require(contact.workspaceId());
                notifier.sendAfterCommit(() -> AccessMessages.invitation(workspace, contact, notifier.signInUrl(link),
                        link));
            }
            return link;
        });
    }

    @Override
    public List<SignInLink> requestSignIn(WorkspaceId workspaceId, String email, ClientRequest request) {
        PortalException.requireField(workspaceId, "workspaceId");
        String address = PortalException.requireText(email, "email");
        ClientRequest from = request == null ? ClientRequest.unknown() : request;
        limiter.attemptForEmail(workspaceId, address, from.address());
        return runtime.execute(events -> {
            Instant now = runtime.clock().instant();
            List<SignInLink> links = new ArrayList<>();
            for (Contact contact : contacts.findByEmail(workspaceId, address)) {
                Optional<PortalAccess> access = stores.access().find(workspaceId, contact.id());
                boolean allowed = contact.active() && access.isPresent()
                        && access.get().status() != PortalAccess.Status.REVOKED
                        && clients.find(workspaceId, contact.clientId()).filter(client -> !client.archived()).isPresent();
                if (allowed) {
                    SignInLink link = issueToken(contact, LoginToken.Purpose.SIGN_IN, now.plus(settings.signInLinkTtl()));
                    links.add(link);
                    if (notifier.sends()) {
                        Workspace workspace = workspaces.require(workspaceId);
                        notifier.sendAfterCommit(() -> AccessMessages.signIn(workspace, contact,
                                notifier.signInUrl(link), link));
                    }
                }
            }
            return List.copyOf(links);
        });
    }

    private SignInLink issueToken(Contact contact, LoginToken.Purpose purpose, Instant expiresAt) {
        String secret = secrets.newSecret();
        stores.tokens().save(new LoginToken(new LoginTokenId(runtime.ids().next()), contact.workspaceId(),
                contact.clientId(), contact.id(), purpose, SecretTokens.hash(secret), runtime.clock().instant(),
                expiresAt, null, null, 0));
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
            if (e.errorCode() == ErrorCode.CONCURRENT_MODIFICATION && usedMeanwhile(hash)) {
                limiter.failed(secret, from.address());
                throw new PortalException(ErrorCode.TOKEN_USED, "this sign-in link has already been used", e);
            }
            if (e.errorCode().kind() == ErrorCode.Kind.UNAUTHENTICATED) {
                limiter.failed(secret, from.address());
            }
            throw e;
        }
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
                contact.id().toString(), Map.of("session", session.id().toString(), "via", token.purpose().name(),
                        "address", from.address(), "userAgent", from.userAgent()));
        events.raise(new ContactSignedIn(runtime.ids().next(),
                token.workspaceId(), token.clientId(), contact.id(), session.id(),
                from.address(), now));
        return new SignedIn(new ContactPrincipal(contact.workspaceId(), contact.clientId(), contact.id(),
                contact.roles(), session.id()), sessionSecret, session.absoluteExpiresAt());
    }

    @Override
    public ContactPrincipal authenticate(String sessionToken, ClientRequest request) {
        String hash = SecretTokens.hash(PortalException.requireText(sessionToken, "sessionToken"));
        return runtime.execute(events -> {
            PortalSession session = stores.sessions().findByHash(hash)
                    .filter(found -> SecretTokens.sameHash(found.tokenHash(), hash))
                    .orElseThrow(() -> new PortalException(ErrorCode.TOKEN_INVALID, "this session is not valid"));
            Instant now = runtime.clock().instant();
            if (session.revokedAt() != null) {
                throw new PortalException(ErrorCode.SESSION_REVOKED, "this session was signed out or revoked");
            }
            if (!session.isLive(now, settings.sessionIdleTimeout())) {
                throw new PortalException(ErrorCode.SESSION_EXPIRED, "this session has expired; sign in again");
            }
            Contact contact = requirePortalUser(session.workspaceId(), session.contactId());
            if (Duration.between(session.lastSeenAt(), now).compareTo(LAST_SEEN_GRANULARITY) >= 0) {
                // a conditional touch: two requests of one session sliding it at once both succeed
                stores.sessions().touch(session.workspaceId(), session.id(), now);
            }
            return new ContactPrincipal(contact.workspaceId(), contact.clientId(), contact.id(), contact.roles(),
                    session.id());
        });
    }

    /** The contact behind a credential, if it may still use the portal. */
    private Contact requirePortalUser(WorkspaceId workspaceId, ContactId contactId) {
        Optional<Contact> contact = contacts.find(workspaceId, contactId).filter(Contact::active);
        boolean revoked = stores.access().find(workspaceId, contactId)
                .map(access -> access.status() == PortalAccess.Status.REVOKED).orElse(true);
        boolean archived = contact.flatMap(found -> clients.find(workspaceId, found.clientId()))
                .map(Client::archived).orElse(true);
        if (contact.isEmpty() || revoked || archived) {
            throw new PortalException(ErrorCode.ACCESS_REVOKED, "portal access for this contact has been revoked");
        }
        return contact.get();
    }

    @Override
    public void signOut(String sessionToken) {
        String hash = SecretTokens.hash(PortalException.requireText(sessionToken, "sessionToken"));
        runtime.execute(events -> {
            stores.sessions().findByHash(hash).filter(session -> session.revokedAt() == null).ifPresent(session -> {
                stores.sessions().save(session.revoked(runtime.clock().instant()));
                runtime.audit().record(session.workspaceId(), "contact:" + session.contactId(), "access.signed_out",
                        "contact", session.contactId().toString(), Map.of("session", session.id().toString()));
            });
            return null;
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
                    contact.id().toString(), Map.of("client", contact.clientId().toString(), "reason", why));
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
                            "documentLinks", Integer.toString(links), "reason", why));
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
            return runtime.execute(events -> open(hash));
        } catch (PortalException e) {
            if (e.errorCode().kind() == ErrorCode.Kind.UNAUTHENTICATED) {
                limiter.failed(secret, from.address());
            }
            throw e;
        }
    }

    private DocumentLinkPrincipal open(String hash) {
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
        if (documents.resolve(link.workspaceId(), link.document()).isEmpty()) {
            throw new PortalException(ErrorCode.TOKEN_INVALID, "the linked document is no longer available");
        }
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
