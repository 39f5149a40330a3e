package org.loligo.engine.record;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.model.Channel;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.PopulationState;

/**
 * A recordable per-neuron quantity, named as its table column ({@code V_0}, {@code m_0},
 * {@code I_Na_3}): the membrane potential, a gate (by its name in the model) or a channel's current
 * ({@code I_} and the channel's name). Potentials in mV, gates dimensionless, currents in µA/cm²
 * (outward positive).
 *
 * @param column column prefix, e.g. "I_Na"
 * @param unit   unit, empty for gates
 * @param kind   what it reads
 */
public record TraceVariable(String column, String unit, Kind kind) {

	/** What a variable reads. */
	public enum Kind {
		VOLTAGE, GATE, CURRENT
	}

	public static final TraceVariable V = new TraceVariable("V", "mV", Kind.VOLTAGE);
	public static final TraceVariable M = gate("m"), H = gate("h"), N = gate("n");
	public static final TraceVariable I_NA = current("Na"), I_K = current("K"), I_L = current("L");

	/** A gate's variable. */
	public static TraceVariable gate(final String name) {
		return new TraceVariable(name, "", Kind.GATE);
	}

	/** A channel's current. */
	public static TraceVariable current(final String channel) {
		return new TraceVariable("I_" + channel, "µA/cm²", Kind.CURRENT);
	}

	/** V, every gate and every channel's current of the model, in that order (V, m, h, n, I_Na, I_K, I_L for HH). */
	public static List<TraceVariable> allOf(final NeuronModel model) {
		final List<TraceVariable> out = new ArrayList<>();
		out.add(V);
		for (final Gate g : model.allGates())
			out.add(gate(g.name()));
		for (final Channel c : model.channels())
			out.add(current(c.name()));
		return out;
	}

	/** Reads this variable of neuron i from a population state. */
	@FunctionalInterface
	public interface Probe {

		double value(PopulationState s, int i);
	}

	/**
	 * This variable of the model as a probe of a population state.
	 *
	 * @throws IllegalArgumentException when the model has no such gate or channel
	 */
	public Probe bind(final NeuronModel model) {
		switch (kind) {
			case VOLTAGE:
				return (s, i) -> s.v[i];
			case GATE:
				for (final Gate g : model.allGates())
					if (g.name().equals(column)) {
						if (!g.hasState()) return (s, i) -> g.inf(s.v[i]);
						final int k = model.stateIndex(g);
						return (s, i) -> s.gates[k][i];
					}
				break;
			case CURRENT:
				for (final Channel c : model.channels())
					if (column.equals("I_" + c.name())) return currentProbe(model, c);
				break;
		}
		throw new IllegalArgumentException("record: model " + model.name() + " has no variable " + column +
			"; it has " + String.join(", ", allOf(model).stream().map(TraceVariable::column).toList()));
	}

	/** The channel's current, with the order of operations of {@link Channel#conductance}. */
	private static Probe currentProbe(final NeuronModel model, final Channel c) {
		final List<Gate> gs = c.gates();
		final int[] idx = new int[gs.size()];
		for (int q = 0; q < idx.length; q++)
			idx[q] = gs.get(q).hasState() ? model.stateIndex(gs.get(q)) : -1;
		return (s, i) -> {
			final double v = s.v[i];
			double g = c.gmax();
			for (int q = 0; q < idx.length; q++)
				g = Gate.multiplyPower(g, idx[q] < 0 ? gs.get(q).inf(v) : s.gates[idx[q]][i], gs.get(q).power());
			return g * (v - c.reversal());
		};
	}

	/** Parses a column prefix, case-insensitive (e.g. "I_Na", "v"); gates are case-sensitive names. */
	public static TraceVariable parse(final String s) {
		final String t = s.trim();
		if (t.equalsIgnoreCase("V")) return V;
		if (t.length() > 2 && t.substring(0, 2).equalsIgnoreCase("I_")) return current(t.substring(2));
		if (t.matches("[A-Za-z][A-Za-z0-9_]*")) return gate(t);
		throw new IllegalArgumentException("unknown trace variable '" + s + "'; accepted: V, a gate name (m, h, n, " +
			"…) or I_ and a channel name (I_Na, I_K, I_L, …)");
	}
}
