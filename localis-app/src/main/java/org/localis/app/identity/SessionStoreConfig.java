package org.localis.app.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Session attributes are written with an upsert, not a plain INSERT.
 *
 * <p>Spring Session JDBC inserts an attribute that was not in the session when the request read it. Two
 * requests of one session that run at the same time (a page and its htmx fragment, two tabs, a double click)
 * can both add the same attribute, typically the CSRF token or the flash map; the second INSERT then fails on
 * the attribute table's primary key and the request ends in a 500. With the upsert the later write wins,
 * which is what the session semantics are anyway (last write of an attribute wins). PostgreSQL uses
 * {@code INSERT … ON CONFLICT … DO UPDATE} (Spring Session's own PostgreSQL customizer); H2 uses {@code MERGE … KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    static final String POSTGRES_UPSERT = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
        String query = upsertFor(databaseName(dataSource));
        return repository -> {
            if (query != null) {
                repository.setCreateSessionAttributeQuery(query);
            }
        };
    }

    /** The upsert for the database, or null to keep Spring Session's INSERT (a database we do not run on). */
    static String upsertFor(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRES_UPSERT;
        }
        if (name.contains("h2")) {
            return H2_UPSERT;
        }
        return null;
    }

    private static String databaseName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's name to configure the session store", e);
        }
    }
}
