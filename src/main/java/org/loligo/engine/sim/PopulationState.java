package org.loligo.engine.sim;

import org.loligo.engine.model.NeuronModel;

/**
 * State of a population of neurons as a structure of arrays: neuron i has membrane potential
 * {@code v[i]} (mV) and state gates {@code gates[k][i]} (dimensionless, in [0, 1]) in the model's state
 * order ({@link NeuronModel#stateGates()}). No object per neuron, so that a step is one pass over a few
 * primitive arrays.
 * <p>
 * {@code m, h, n} are the first three gate arrays under the names the HH-shaped kernels use (for an
 * HH-shaped model they are its m, h and n); null when there are fewer gates.
 * <p>
 * Not thread-safe as a whole; threads own disjoint index ranges.
 */
public final class PopulationState {

	public final double[] v;
	public final double[][] gates;
	public final double[] m;
	public final double[] h;
	public final double[] n;

	/** A state of {@code size} neurons with three gates (the HH shape). */
	public PopulationState(final int size) {
		this(size, 3);
	}

	/** A state of {@code size} neurons with {@code gateCount} state gates each, all zero. */
	public PopulationState(final int size, final int gateCount) {
		if (size < 1) throw new IllegalArgumentException("neurons must be >= 1, got " + size);
		v = new double[size];
		gates = new double[gateCount][size];
		m = gateCount > 0 ? gates[0] : null;
		h = gateCount > 1 ? gates[1] : null;
		n = gateCount > 2 ? gates[2] : null;
	}

	/** A state over existing arrays (recorded samples read as neurons, say); nothing is copied. */
	public static PopulationState wrap(final double[] v, final double[][] gates) {
		return new PopulationState(v, gates);
	}

	private PopulationState(final double[] v, final double[][] gates) {
		this.v = v;
		this.gates = gates;
		m = gates.length > 0 ? gates[0] : null;
		h = gates.length > 1 ? gates[1] : null;
		n = gates.length > 2 ? gates[2] : null;
	}

	/** All neurons at the model's initial potential with gates at their steady state there. */
	public static PopulationState atRest(final NeuronModel model, final int size) {
		final double[] x = model.steadyGates(model.vInit());
		final PopulationState s = new PopulationState(size, x.length);
		java.util.Arrays.fill(s.v, model.vInit());
		for (int k = 0; k < x.length; k++)
			java.util.Arrays.fill(s.gates[k], x[k]);
		return s;
	}

	public int size() {
		return v.length;
	}

	/** Number of state gates. */
	public int gateCount() {
		return gates.length;
	}

	/** Sets neuron i of an HH-shaped state. */
	public void set(final int i, final double vi, final double mi, final double hi, final double ni) {
		v[i] = vi;
		m[i] = mi;
		h[i] = hi;
		n[i] = ni;
	}

	/** Neuron i's state gates into out (state order). */
	public void gatesOf(final int i, final double[] out) {
		for (int k = 0; k < gates.length; k++)
			out[k] = gates[k][i];
	}
}
