package dev.clientportal.jpa;

import jakarta.persistence.EntityManager;

/** Where the adapters get the entity manager of the transaction open on this thread. */
@FunctionalInterface
interface EntityManagers {

    /**
     * The entity manager bound to the current transaction.
     *
     * @return the entity manager to read and write with
     * @throws IllegalStateException when a port is called outside a transaction
     */
    EntityManager current();
}
