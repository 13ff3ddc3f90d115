package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The client names one export has looked up, so that each client is asked for once per export rather than once per
 * row. Bounded (least recently used names are forgotten beyond {@value #MAX_KNOWN}), so memory stays constant
 * however many clients the workspace has; names are as they were when first read in this export.
 */
final class ClientNames {

    /** The most names kept: about 15 MB, whatever the workspace holds. */
    static final int MAX_KNOWN = 100_000;

    private final ExportQueries queries;
    private final WorkspaceId workspace;
    private final Map<ClientId, String> known = new RecentlyUsed();

    ClientNames(ExportQueries queries, WorkspaceId workspace) {
        this.queries = queries;
        this.workspace = workspace;
    }

    /**
     * Makes sure the clients of a page are known: one look-up for those not known yet (in the page's transaction),
     * and the known ones marked as recently used so that the look-up cannot push them out.
     */
    <F> List<F> resolve(List<F> page, Function<F, ClientId> clientOf) {
        Set<ClientId> missing = new HashSet<>();
        for (F facts : page) {
            ClientId client = clientOf.apply(facts);
            if (known.get(client) == null) {
                missing.add(client);
            }
        }
        if (!missing.isEmpty()) {
            Map<ClientId, String> found = queries.clientNames(workspace, missing);
            for (ClientId client : missing) {
                known.put(client, found.getOrDefault(client, ""));
            }
        }
        return page;
    }

    /** Names in order of use, the least recently used forgotten beyond {@value #MAX_KNOWN}. */
    private static final class RecentlyUsed extends LinkedHashMap<ClientId, String> {

        private static final long serialVersionUID = 1L;

        RecentlyUsed() {
            super(1_024, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<ClientId, String> eldest) {
            return size() > MAX_KNOWN;
        }
    }

    /** The name of a client of the last page resolved. */
    String of(ClientId client) {
        String name = known.get(client);
        if (name == null) {
            throw new IllegalStateException("client " + client + " was not resolved with its page");
        }
        return name;
    }
}
