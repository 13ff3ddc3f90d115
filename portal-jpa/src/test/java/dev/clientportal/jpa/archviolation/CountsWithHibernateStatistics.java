package dev.clientportal.jpa.archviolation;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;

/** Planted violation: adapter code that reaches for the provider's own API instead of the JPA API. */
public final class CountsWithHibernateStatistics {

    private CountsWithHibernateStatistics() {
    }

    /** Reads a provider statistic, which ties the adapter to Hibernate. */
    public static long queries(EntityManagerFactory factory) {
        return factory.unwrap(SessionFactory.class).getStatistics().getQueryExecutionCount();
    }
}
