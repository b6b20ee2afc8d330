package org.diplocal.extract.time;

/** Thrown at load time when the rule data is inconsistent (unknown list, duplicate rule, bad regex). */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleSetException(String message) {
        super(message);
    }

    RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
