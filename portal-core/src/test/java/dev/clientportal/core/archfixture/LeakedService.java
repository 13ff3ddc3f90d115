package dev.clientportal.core.archfixture;

/** Violates "use-case implementations are not public". */
public class LeakedService {
}
