package org.loligo.analysis.sweep;

/** A point of a sweep failed: the message names its index and parameters and gives the command's own message. */
public final class PointFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int index;

	/**
	 * @param index the point's index
	 * @param parameters the point's parameters as the command got them, e.g. {@code current=3, seed=…}
	 * @param message the command's own message
	 */
	public PointFailure(final int index, final String parameters, final String message) {
		super("point " + index + " (" + parameters + ") failed: " + message);
		this.index = index;
	}

	/** The failed point's index. */
	public int index() {
		return index;
	}
}
