package org.diplocal.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets one server instance at a time load {@code calendars/} into a shared database, so that a fleet
 * started together on an empty PostgreSQL does not insert the same reports and engagements twice (the
 * losers' unique-key failures would stop them starting). On PostgreSQL a session advisory lock, held on a
 * connection of its own; on H2, whose file only one process opens, nothing.
 */
@ApplicationScoped
class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class);
    /** "diplocal" in ASCII, as the advisory lock's key. */
    private static final long KEY = 0x6469706c6f63616cL;

    @Inject
    AgroalDataSource dataSource;

    /** Runs {@code work} holding the lock. */
    void run(Runnable work) {
        Connection held = null;
        try {
            try {
                Connection c = dataSource.getConnection();
                if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                    held = c;
                    try (Statement s = held.createStatement()) {
                        LOG.debug("waiting for the startup lock");
                        s.execute("select pg_advisory_lock(" + KEY + ")");
                    }
                } else {
                    c.close();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot take the startup lock: " + e.getMessage(), e);
            }
            work.run();
        } finally {
            if (held != null) {
                try (Connection c = held; Statement s = c.createStatement()) {
                    s.execute("select pg_advisory_unlock(" + KEY + ")");
                } catch (SQLException e) {
                    LOG.warnf("Releasing the startup lock: %s", e.getMessage());
                }
            }
        }
    }
}
