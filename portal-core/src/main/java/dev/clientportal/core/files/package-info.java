/**
 * Files: the content-addressed {@link dev.clientportal.core.files.FileStore} port with in-memory and local-directory
 * adapters, the upload policy, and clients' document libraries.
 */
@NullMarked
package dev.clientportal.core.files;

import org.jspecify.annotations.NullMarked;
