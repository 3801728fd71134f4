package org.cjsim.experiment;

/** A replication failed while running; its cause says why. */
public final class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
