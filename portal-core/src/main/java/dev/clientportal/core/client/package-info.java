/** Clients of the business and their contacts, with the roles that decide what each contact may do. */
package dev.clientportal.core.client;
