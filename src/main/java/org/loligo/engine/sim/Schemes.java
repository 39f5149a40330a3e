package org.loligo.engine.sim;

import java.util.List;

/**
 * The registry of schemes by name: {@code euler} (forward Euler, order 1), {@code exp-euler}
 * (exponential Euler / Rush–Larsen, staggered: order 2 in V from a steady-state start, gates in [0, 1]
 * at any dt) and {@code rk4} (classic
 * Runge–Kutta, order 4).
 */
public final class Schemes {

	public static final Scheme EULER = new EulerScheme();
	public static final Scheme EXP_EULER = new ExponentialEulerScheme();
	public static final Scheme RK4 = new RungeKutta4Scheme();

	/**
	 * Whether HH-shaped models take the specialised HH kernels (the default) or the generic ones; tests
	 * compare the two bit for bit.
	 */
	static volatile boolean specialised = true;

	private static final List<Scheme> ALL = List.of(EULER, EXP_EULER, RK4);

	private Schemes() {}

	public static List<String> names() {
		return ALL.stream().map(Scheme::name).toList();
	}

	/** Names of the stochastic methods of {@link #forSde}. */
	public static final List<String> SDE_METHODS = List.of("euler-maruyama", "exp-euler-maruyama");

	/**
	 * The scheme that integrates the deterministic part (drift) of a stochastic method; the simulation
	 * adds the noise increment after it, in Itô form (see {@link org.loligo.engine.noise.CurrentNoise}).
	 * {@code euler-maruyama}: forward Euler drift, the textbook scheme (strong order 1 for additive
	 * noise, weak order 1). {@code exp-euler-maruyama}: the exp-euler drift (gates exact at frozen V,
	 * stable at any dt), the same noise increment; a stochastic exponential-Euler scheme of the kind
	 * analysed by Lord &amp; Rougemont (2004) and used by Brian2's {@code exponential_euler} with noise.
	 *
	 * @throws IllegalArgumentException naming the parameter {@code method}
	 */
	public static Scheme forSde(final String method) {
		final String m = method == null ? "" : method.trim();
		if (m.equalsIgnoreCase("euler-maruyama")) return EULER;
		if (m.equalsIgnoreCase("exp-euler-maruyama")) return EXP_EULER;
		throw new IllegalArgumentException("method: unknown stochastic method '" + method + "'; accepted: " + String
			.join(", ", SDE_METHODS));
	}

	/** The scheme with this name (case-insensitive). */
	public static Scheme byName(final String name) {
		for (final Scheme s : ALL)
			if (s.name().equalsIgnoreCase(name == null ? "" : name.trim())) return s;
		throw new IllegalArgumentException("method: unknown scheme '" + name + "'; accepted: " + String.join(
			", ", names()));
	}
}
