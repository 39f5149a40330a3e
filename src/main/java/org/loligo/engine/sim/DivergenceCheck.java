package org.loligo.engine.sim;

import org.loligo.engine.model.NeuronModel;

/**
 * The one divergence rule of every runner: after a step, a neuron whose V is non-finite or beyond
 * ±{@link Simulation#V_LIMIT} mV, or one of whose state gates is outside [0, 1] (or NaN), stops the run
 * with a {@link DivergenceException} naming the neuron, the time, the variable, the scheme and dt. V is
 * checked first, then the gates in the model's state order.
 * <p>
 * The fused HH kernels check their gates while still in registers with the same rule and order
 * ({@link NeuronBlock#finish(int, double, double, double, double, double)}).
 */
public final class DivergenceCheck {

	private final double[][] gates;
	private final String[] names;
	private final String scheme;
	private final double dt;

	/**
	 * @param model  gives the gates' names
	 * @param state  the state whose gates are checked
	 * @param scheme the scheme's name, for the message
	 * @param dt     step, ms
	 */
	public DivergenceCheck(final NeuronModel model, final PopulationState state, final String scheme,
		final double dt)
	{
		this.gates = state.gates;
		this.names = model.stateGates().stream().map(g -> g.name()).toArray(String[]::new);
		this.scheme = scheme;
		this.dt = dt;
	}

	/**
	 * Checks neuron i with membrane potential v (the state's gates) after step k (time k·dt); a run
	 * that numbers its neurons otherwise (trials, lanes) reports {@code reported}.
	 */
	public void check(final int i, final double v, final long k, final int reported) {
		if (!(v >= -Simulation.V_LIMIT && v <= Simulation.V_LIMIT)) throw new DivergenceException(reported, k * dt,
			"V", v, scheme, dt);
		for (int q = 0; q < gates.length; q++) {
			final double x = gates[q][i];
			if (!(x >= 0 && x <= 1)) throw new DivergenceException(reported, k * dt, names[q], x, scheme, dt);
		}
	}

	/** {@link #check(int, double, long, int)} for a run that reports neuron i as i. */
	public void check(final int i, final double v, final long k) {
		check(i, v, k, i);
	}
}
