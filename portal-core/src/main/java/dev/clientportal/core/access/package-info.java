/**
 * Who may use the portal: invitations, magic-link sign-in, sessions, revocation and per-document share links.
 */
@NullMarked
package dev.clientportal.core.access;

import org.jspecify.annotations.NullMarked;
