package org.parcours.portfolio.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before the application serves anything.
 * Flyway owns the schema on every database; JPA never generates DDL (docs/adr/0004).
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/portal")
  private DataSource dataSource;

  void migrateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            // Liberty's class loader hides directories from Flyway's scanner unless they hold
            // a flyway.location marker: db/migration and db/callback both have one.
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() ->
        "Database schema at version "
            + (result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : result.initialSchemaVersion)
            + " ("
            + result.migrationsExecuted
            + " migration(s) applied)");
  }
}
