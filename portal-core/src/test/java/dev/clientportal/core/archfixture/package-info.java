/**
 * Deliberate violations of the architecture rules, one small class per rule. {@code ArchitectureTest} checks the
 * real rules against core's main classes (which never include these) and against this package, where each rule must
 * report its violation — proof that no rule passes vacuously. Nothing here is used by anything else.
 */
package dev.clientportal.core.archfixture;
