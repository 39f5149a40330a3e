package org.loligo.engine.network.coba;

/** The exp of the V update; see the class javadoc for why it is not simply {@link Math#exp}. */
final class FastExp {

	private FastExp() {}

	static double exp(final double x) {
		return Math.exp(x);
	}
}
