package org.diplocal.feed;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.diplocal.engagement.EngagementsChanged;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;

/**
 * The database's count of changes to what feeds show: one row, {@code feed_version}, moved forward once in
 * every transaction that changes engagements, so it commits (or rolls back) with the change itself. Server
 * instances sharing a database compare it with what they last saw to learn of changes made elsewhere.
 * The row lock also orders writing transactions, which is what makes "version N committed" imply "every
 * change up to N committed".
 */
@ApplicationScoped
public class FeedVersion {

    private static final String BUMPED = FeedVersion.class.getName() + ".bumped";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Told the version a transaction of this instance committed, after it committed. */
    private volatile LongConsumer committedHere = v -> { };

    void onChange(@Observes EngagementsChanged change) {
        if (transactions.getResource(BUMPED) != null) {
            return;
        }
        em.createNativeQuery("update feed_version set version = version + 1 where id = 1").executeUpdate();
        long version = ((Number) em.createNativeQuery("select version from feed_version where id = 1")
                .getSingleResult()).longValue();
        if (postgres()) {
            // Delivered to the listeners (FeedNotifications) when this transaction commits, never before.
            em.createNativeQuery("notify " + FeedNotifications.CHANNEL).executeUpdate();
        }
        transactions.putResource(BUMPED, version);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committedHere.accept(version);
                }
            }
        });
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private boolean postgres() {
        return dbKind.startsWith("postgres");
    }

    void onCommitHere(LongConsumer listener) {
        committedHere = listener;
    }

    /** The committed version, read on a connection of its own; call it off the event loop. */
    public long current() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select version from feed_version where id = 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("feed_version has no row 1; the V4 migration did not run");
            }
            return r.getLong(1);
        }
    }
}
