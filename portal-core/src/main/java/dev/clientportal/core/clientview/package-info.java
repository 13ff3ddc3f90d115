/**
 * What a client sees in its portal: dashboard, invoice lists and details, balances and payments, each limited to its
 * own client.
 */
@NullMarked
package dev.clientportal.core.clientview;

import org.jspecify.annotations.NullMarked;
