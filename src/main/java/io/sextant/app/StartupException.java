package io.sextant.app;

/**
 * A start-up failure whose message alone tells the operator what is wrong and what to do. The
 * launcher prints the message as one line and exits non-zero, without a stack trace.
 */
public class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
