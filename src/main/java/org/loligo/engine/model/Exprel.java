package org.loligo.engine.model;

/**
 * The relative exponential {@code exprel(x) = (exp(x) - 1) / x}, with its removable singularity
 * {@code exprel(0) = 1} handled exactly.
 * <p>
 * HH rate functions of the form {@code a·(V - V0) / (1 - exp(-(V - V0)/k))} are {@code 0/0} at
 * {@code V = V0}. Written as {@code a·k / exprel(-(V - V0)/k)} they are smooth and exact everywhere:
 * {@link Math#expm1} keeps full relative accuracy for small {@code x}, so only {@code x == 0} needs a
 * special case (same definition as SciPy's and Brian2's {@code exprel}).
 */
public final class Exprel {

	private Exprel() {}

	/** {@code (e^x - 1) / x}, equal to 1 at {@code x = 0}; accurate to a few ulp for all finite x. */
	public static double exprel(final double x) {
		if (x == 0) return 1.0;
		return Math.expm1(x) / x;
	}
}
