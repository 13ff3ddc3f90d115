/**
 * The catalogue of documents clients can see, resolving a document reference of any type to the client it belongs
 * to.
 */
@NullMarked
package dev.clientportal.core.catalog;

import org.jspecify.annotations.NullMarked;
