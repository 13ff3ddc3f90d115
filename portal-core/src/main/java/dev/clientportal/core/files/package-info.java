/**
 * Files: the content-addressed {@link dev.clientportal.core.files.FileStore} port with in-memory and local-directory
 * adapters, the upload policy, and clients' document libraries.
 */
package dev.clientportal.core.files;
