package org.diplocal.report;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLTransientException;
import java.util.concurrent.ThreadLocalRandom;

/** Failures that mean another transaction wrote the same rows first: worth trying again. */
final class StoreConflicts {

    private StoreConflicts() {
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException || t instanceof LockAcquisitionException
                    || t instanceof LockTimeoutException || t instanceof PessimisticLockException
                    || t instanceof OptimisticLockException || t instanceof SQLTransientException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
