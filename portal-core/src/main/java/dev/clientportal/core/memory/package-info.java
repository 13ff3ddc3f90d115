/**
 * In-memory reference adapters for every port: thread-safe and transactional, used by tests, the quickstart and
 * as the behaviour the persistence adapters' contract tests hold them to.
 */
@NullMarked
package dev.clientportal.core.memory;

import org.jspecify.annotations.NullMarked;
