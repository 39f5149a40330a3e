package org.loligo.engine.network;

import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.SimulationSpec;

/**
 * A validated description of a network run: the neurons (model, number, stimuli, noise, duration, dt,
 * scheme, threshold, recording, seed, threads, as for independent neurons), who connects to whom, and
 * through which synapse. Every check happens here, before any work.
 *
 * @param population   the neurons and the run's settings; its scheme must be exp-euler or euler
 * @param connectivity connections, weights and delays; one row per neuron of the population
 * @param synapse      the synapse model of every connection
 */
public record NetworkSpec(SimulationSpec population, Connectivity connectivity, SynapseModel synapse) {

	/** Schemes a network can be integrated with. */
	public static final String METHODS = "exp-euler, euler";

	/** Upper bound on delay-buffer entries (slots × neurons), so that buffers stay in memory. */
	public static final long MAX_BUFFER = 1L << 27;

	public NetworkSpec {
		if (population == null || connectivity == null || synapse == null) throw new IllegalArgumentException(
			"population, connectivity and synapse must be given");
		final String m = population.scheme().name();
		if (population.scheme() != Schemes.EXP_EULER && population.scheme() != Schemes.EULER)
			throw new IllegalArgumentException("method: '" + m + "' is not available for networks; accepted: " +
				METHODS);
		if (connectivity.neurons() != population.neurons()) throw new IllegalArgumentException("connectivity has " +
			connectivity.neurons() + " neurons but neurons=" + population.neurons());
		if (synapse.isConductance() && connectivity.minWeight() < 0) throw new IllegalArgumentException(
			"coupling: " + synapse.kind() + " weights are conductances and must be >= 0 mS/cm² (coupling times the " +
				"matrixFile entries), got " + connectivity.minWeight() + "; for inhibition use a synapseReversal " +
				"below rest, e.g. -80 mV");
		if (synapse.kind().equals("gap") && connectivity.maxDelay() > 0) throw new IllegalArgumentException(
			"delay: gap junctions act instantaneously; use delay=0 and no delayFile (got " + connectivity.maxDelay() +
				" ms)");
		final long slots = slots(connectivity.maxDelay(), population.dt());
		if (slots * (double) population.neurons() > MAX_BUFFER) throw new IllegalArgumentException(
			"delay: the longest delay, " + connectivity.maxDelay() + " ms, needs " + slots + " steps of buffer " +
				"for " + population.neurons() + " neurons; use shorter delays or a larger dt");
	}

	/** A delay in whole steps: d/dt rounded to the nearest integer. */
	public int delaySteps(final double ms) {
		return (int) Math.round(ms / population.dt());
	}

	/** Slots of the delay ring buffer: the longest delay in steps, plus one. */
	public int delaySlots() {
		return (int) slots(connectivity.maxDelay(), population.dt());
	}

	private static long slots(final double maxDelay, final double dt) {
		return Math.round(maxDelay / dt) + 1;
	}
}
