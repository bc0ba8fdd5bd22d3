package io.balancepoint.workbench;

/**
 * The workbench did not start because of what it was asked to do (an invalid export or settings
 * document, a data directory that holds another desk); nothing was loaded or deleted. The message
 * says what is wrong and what to do.
 */
public final class WorkbenchStartRefused extends RuntimeException {

    public WorkbenchStartRefused(String message) {
        super(message);
    }
}
