package dev.clientportal.jpa;

import dev.clientportal.core.contract.CrossTenantMatrixScenario;

/**
 * The cross-tenant matrix on a database: every real (principal, document) pair exhaustively, as in memory, and
 * 10,000 random pairs with mistyped and unknown ids instead of 100,000 — each is a round trip, and the in-memory run
 * of the same seed covers the larger sample.
 */
abstract class CrossTenantMatrixOnJpa extends CrossTenantMatrixScenario {

    @Override
    protected int randomPairs() {
        return 10_000;
    }
}
