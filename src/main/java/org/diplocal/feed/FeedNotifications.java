package org.diplocal.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * On PostgreSQL, hears of other instances' changes at once instead of at the next poll: every transaction
 * that moves {@code feed_version} also sends {@code NOTIFY diplocal_feeds} (delivered on commit, see
 * {@link FeedVersion}), and a daemon thread of this instance, on a connection of its own outside the pool,
 * LISTENs and runs {@link FeedSync#poll()} when one arrives. The poll keeps running on its interval, so a
 * lost connection or notification only costs immediacy. pgjdbc is reached by reflection because the H2
 * build does not carry it.
 */
@ApplicationScoped
public class FeedNotifications {

    static final String CHANNEL = "diplocal_feeds";
    private static final Logger LOG = Logger.getLogger(FeedNotifications.class);

    @Inject
    FeedSync sync;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private Thread thread;

    boolean enabled() {
        return dbKind.startsWith("postgres") && url.isPresent();
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "feed-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long backoff = 1000;
        while (running) {
            try (Connection c = DriverManager.getConnection(url.get(), username.orElse(null), password.orElse(null));
                 Statement s = c.createStatement()) {
                s.execute("listen " + CHANNEL);
                Class<?> pg = Class.forName("org.postgresql.PGConnection", true, c.getClass().getClassLoader());
                Object pgConnection = c.unwrap(pg);
                Method notifications = pg.getMethod("getNotifications", int.class);
                LOG.debug("listening for feed changes of other instances");
                backoff = 1000;
                sync.poll();  // what changed while no one listened
                while (running) {
                    Object[] got = (Object[]) notifications.invoke(pgConnection, 5000);
                    if (got != null && got.length > 0) {
                        sync.poll();
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("LISTEN %s failed (%s); feeds follow other instances by polling, retrying in %d ms",
                        CHANNEL, e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 60_000);
            }
        }
    }
}
