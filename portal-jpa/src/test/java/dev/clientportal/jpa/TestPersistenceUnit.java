package dev.clientportal.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import org.hibernate.jpa.HibernatePersistenceProvider;

import javax.sql.DataSource;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The persistence unit of the tests, handed to the provider the way a container does it (no persistence.xml), so one
 * bootstrap runs on Hibernate 7 and on Hibernate 6.6 (the {@code hibernate6} profile), whose JPA 3.1 has no
 * {@code PersistenceConfiguration}. Hibernate validates the mapping against the migrated schema.
 */
final class TestPersistenceUnit implements PersistenceUnitInfo {

    private final String name;
    private final DataSource dataSource;
    private final List<Class<?>> entities;

    private TestPersistenceUnit(String name, DataSource dataSource, List<Class<?>> entities) {
        this.name = name;
        this.dataSource = dataSource;
        this.entities = entities;
    }

    static EntityManagerFactory entityManagerFactory(String name, DataSource dataSource) {
        return entityManagerFactory(name, dataSource, JpaEntities.CLASSES);
    }

    static EntityManagerFactory entityManagerFactory(String name, DataSource dataSource, List<Class<?>> entities) {
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(
                new TestPersistenceUnit(name, dataSource, entities),
                Map.of("hibernate.hbm2ddl.auto", "validate",
                        "hibernate.connection.provider_disables_autocommit", "true",
                        // the host's setting: the view log's sequence ids let the provider batch its inserts
                        "hibernate.jdbc.batch_size", "50"));
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return HibernatePersistenceProvider.class.getName();
    }

    /** JPA 3.2 only; without {@code @Override} so that the class compiles against JPA 3.1 too. */
    public String getScopeAnnotationName() {
        return null;
    }

    /** JPA 3.2 only; without {@code @Override} so that the class compiles against JPA 3.1 too. */
    public List<String> getQualifierAnnotationNames() {
        return List.of();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return null;
    }

    @Override
    public List<String> getManagedClassNames() {
        return entities.stream().map(Class::getName).toList();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.1";
    }

    @Override
    public ClassLoader getClassLoader() {
        return TestPersistenceUnit.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no bytecode enhancement in the tests
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return null;
    }
}
