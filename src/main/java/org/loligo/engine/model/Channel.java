package org.loligo.engine.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ionic conductance: {@code I = gmax · Π x_k^p_k · (V - reversal)} over its gates (outward
 * positive), in µA/cm² for gmax in mS/cm² and V, reversal in mV. A channel without gates is passive (a
 * leak).
 *
 * @param name     short name, used for the current's column ({@code Na} gives {@code I_Na})
 * @param gmax     maximal conductance density, mS/cm² (≥ 0)
 * @param reversal reversal potential, mV
 * @param gates    its gates in the order of the conductance's product
 */
public record Channel(String name, double gmax, double reversal, List<Gate> gates) {

	public Channel {
		if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) throw new IllegalArgumentException(
			"channel name must be a letter followed by letters, digits or _, got '" + name + "'");
		if (!(gmax >= 0) || !Double.isFinite(gmax)) throw new IllegalArgumentException("channel " + name +
			": gmax must be >= 0 mS/cm² and finite, got " + gmax);
		if (!Double.isFinite(reversal)) throw new IllegalArgumentException("channel " + name + ": reversal must be " +
			"a finite voltage in mV, got " + reversal);
		gates = List.copyOf(gates);
		final Set<String> seen = new HashSet<>();
		for (final Gate g : gates)
			if (!seen.add(g.name())) throw new IllegalArgumentException("channel " + name + ": gate " + g.name() +
				" appears twice");
	}

	/** A leak: no gates. */
	public static Channel passive(final String name, final double g, final double reversal) {
		return new Channel(name, g, reversal, List.of());
	}

	/** This channel with another maximal conductance (mS/cm²). */
	public Channel withGmax(final double g) {
		return new Channel(name, g, reversal, gates);
	}

	/** Whether it has no gates. */
	public boolean isPassive() {
		return gates.isEmpty();
	}

}
