package org.loligo.scijava.headless;

/**
 * A malformed command line: an unknown command or parameter name, text that is not {@code key=value},
 * a value that is not of the parameter's type. The launcher exits 2 for it (a value of the right type
 * that the command refuses exits 1).
 */
public final class UsageException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public UsageException(final String message) {
		super(message);
	}
}
