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

	private static final List<Scheme> ALL = List.of(EULER, EXP_EULER, RK4);

	private Schemes() {}

	public static List<String> names() {
		return ALL.stream().map(Scheme::name).toList();
	}

	/** The scheme with this name (case-insensitive). */
	public static Scheme byName(final String name) {
		for (final Scheme s : ALL)
			if (s.name().equalsIgnoreCase(name == null ? "" : name.trim())) return s;
		throw new IllegalArgumentException("method: unknown scheme '" + name + "'; accepted: " + String.join(
			", ", names()));
	}
}
