/** Clients of the business and their contacts, with the roles that decide what each contact may do. */
@NullMarked
package dev.clientportal.core.client;

import org.jspecify.annotations.NullMarked;
