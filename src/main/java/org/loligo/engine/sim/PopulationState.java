package org.loligo.engine.sim;

import org.loligo.engine.model.HHModel;

/**
 * State of a population of HH neurons as a structure of arrays: neuron i has membrane potential
 * {@code v[i]} (mV) and gates {@code m[i], h[i], n[i]} (dimensionless, in [0, 1]). No object per
 * neuron, so that a step is one pass over four primitive arrays.
 * <p>
 * Not thread-safe as a whole; threads own disjoint index ranges.
 */
public final class PopulationState {

	public final double[] v;
	public final double[] m;
	public final double[] h;
	public final double[] n;

	public PopulationState(final int size) {
		if (size < 1) throw new IllegalArgumentException("neurons must be >= 1, got " + size);
		v = new double[size];
		m = new double[size];
		h = new double[size];
		n = new double[size];
	}

	/** All neurons at the model's initial potential with gates at their steady state there. */
	public static PopulationState atRest(final HHModel model, final int size) {
		final PopulationState s = new PopulationState(size);
		for (int i = 0; i < size; i++)
			s.set(i, model.vInit(), model.mInf(model.vInit()), model.hInf(model.vInit()), model.nInf(model
				.vInit()));
		return s;
	}

	public int size() {
		return v.length;
	}

	public void set(final int i, final double vi, final double mi, final double hi, final double ni) {
		v[i] = vi;
		m[i] = mi;
		h[i] = hi;
		n[i] = ni;
	}
}
