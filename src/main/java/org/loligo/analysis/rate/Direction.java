package org.loligo.analysis.rate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the currents of an f–I curve are visited.
 * <ul>
 * <li>{@code up}: one run, quasi-static, from rest (the model's I = 0 state, the current ramped to the
 * lowest one over the first settle part); each current starts from the state the previous one left, the
 * current ramped over the settle part (see {@link SweepBlock}).</li>
 * <li>{@code down}: the same from the highest current downwards, starting from the spiking side (the
 * state after {@code duration} ms at the priming current, see {@link FiSpec}).</li>
 * <li>{@code both}: up and down, which shows the bistable range (hysteresis) between the fold of limit
 * cycles and the Hopf point.</li>
 * <li>{@code rest}: every current from rest, independently (what a population of neurons with one
 * current each gives); the only deterministic mode whose currents run in parallel.</li>
 * </ul>
 */
public enum Direction {
	UP, DOWN, BOTH, REST;

	/** Lower-case name users type. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean up() {
		return this == UP || this == BOTH;
	}

	public boolean down() {
		return this == DOWN || this == BOTH;
	}

	public static List<String> labels() {
		return Arrays.stream(values()).map(Direction::label).toList();
	}

	/** The direction with this label (case-insensitive). */
	public static Direction byLabel(final String s) {
		for (final Direction d : values())
			if (d.label().equalsIgnoreCase(s == null ? "" : s.trim())) return d;
		throw new IllegalArgumentException("direction: unknown direction '" + s + "'; accepted: " + String.join(
			", ", labels()));
	}
}
