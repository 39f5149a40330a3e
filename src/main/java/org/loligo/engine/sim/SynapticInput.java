package org.loligo.engine.sim;

/**
 * Synaptic input to a population, plugged into the population schedule through {@link SynapticStepper}:
 * before each step it gives every neuron its synaptic conductance, and after the step's integration it
 * advances its own state and may move V (voltage kicks) — before the schedule's noise, divergence check
 * and spike detection, so a kick across the threshold is detected in its step. Implementations keep
 * per-neuron state only and are called by the worker that owns the neurons {@code [from, to)}.
 */
public interface SynapticInput {

	/**
	 * Before a step: the synaptic conductance of each neuron over the step into {@code g[i]} (mS/cm²) and
	 * {@code Σ g·E} into {@code gE[i]} (µA/cm²), for i in [from, to).
	 */
	void conductances(int from, int to, double[] g, double[] gE);

	/** After the step's integration (V in {@code v} at the step's end): the synapses' own update. */
	void afterIntegration(double[] v, int from, int to);
}
