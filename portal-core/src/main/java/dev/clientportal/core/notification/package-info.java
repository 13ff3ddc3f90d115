/**
 * Notifications the portal sends after a commit, and the port a host plugs its mailer into.
 */
@NullMarked
package dev.clientportal.core.notification;

import org.jspecify.annotations.NullMarked;
