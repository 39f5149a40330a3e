package org.loligo.engine.network;

import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.sim.SimulationSpec;

/**
 * The sizes that decide what a network run allocates, in the terms of the command's parameters, so that
 * {@link NetworkMemory} can estimate the run before anything is built and say which parameter value would
 * fit. Either the topology is still to be built ({@code topology} given: its connection count follows
 * {@code neurons} and {@code connectionProbability}) or it is built ({@code topology} null,
 * {@code builtConnections} stored and already in memory).
 *
 * @param neurons            number of neurons
 * @param topology           the topology to build, or null when the connectivity exists
 * @param builtConnections   connections of the existing connectivity (ignored when topology is given)
 * @param symmetric          whether random pairs are drawn once per unordered pair (gap junctions)
 * @param synapse            the synapse model (decides the delivery arrays and delay buffers)
 * @param maxDelay           the longest delay, ms
 * @param delayPerConnection whether each connection stores its own delay (a delay matrix)
 * @param dt                 time step, ms
 * @param steps              number of steps
 * @param recordInterval     sampling interval of traces, ms
 * @param recordNeurons      neurons asked to be recorded (at most {@code neurons} are)
 * @param variables          trace variables per recorded neuron (plus g_syn and I_syn)
 * @param gates              state gates per neuron (the model's; 3 for HH)
 * @param noise              the current noise (decides the per-neuron streams)
 */
public record NetworkPlan(int neurons, TopologyChoice topology, long builtConnections, boolean symmetric,
	SynapseModel synapse, double maxDelay, boolean delayPerConnection, double dt, long steps, double recordInterval,
	int recordNeurons, int variables, int gates, CurrentNoise noise)
{

	/** The plan of a run with this population and topology, before the connectivity is built. */
	public static NetworkPlan of(final SimulationSpec population, final TopologyChoice topology,
		final boolean symmetric, final SynapseModel synapse, final double maxDelay, final boolean delayPerConnection)
	{
		return new NetworkPlan(population.neurons(), topology, 0, symmetric, synapse, maxDelay, delayPerConnection,
			population.dt(), population.steps(), population.record().interval(), population.record().neurons().length,
			population.record().variables().size(), population.model().stateGates().size(), population.noise());
	}

	/** The plan of a described network, whose connectivity exists. */
	public static NetworkPlan of(final NetworkSpec spec) {
		final Connectivity c = spec.connectivity();
		final SimulationSpec p = spec.population();
		return new NetworkPlan(p.neurons(), null, c.connections(), false, spec.synapse(), c.maxDelay(), c
			.hasDelayPerConnection(), p.dt(), p.steps(), p.record().interval(), p.record().neurons().length, p.record()
				.variables().size(), p.model().stateGates().size(), p.noise());
	}

	/** Whether the connectivity exists already (its arrays are not part of what the run allocates). */
	public boolean connectivityBuilt() {
		return topology == null;
	}

	/** Connections the run will hold (for a random topology still to draw, a bound; see TopologyChoice). */
	public long connections() {
		return topology == null ? builtConnections : topology.connectionsBound(neurons, symmetric);
	}

	/** Slots of the delay ring buffer (1 for synapses without one), as {@link NetworkSpec#delaySlots()}. */
	public long delaySlots() {
		return SynapticState.buffered(synapse) ? Math.round(maxDelay / dt) + 1 : 1;
	}

	/** Neurons whose traces are kept. */
	public int recorded() {
		return Math.min(recordNeurons, neurons);
	}

	/** Samples per recorded trace, as {@link org.loligo.engine.record.RecordSpec#samples}. */
	public long samples() {
		return steps / stride() + 1;
	}

	long stride() {
		return Math.max(1, Math.round(recordInterval / dt));
	}

	// -- The same plan with one parameter changed (for the values that would fit) --

	NetworkPlan withNeurons(final int n) {
		return new NetworkPlan(n, topology, builtConnections, symmetric, synapse, maxDelay, delayPerConnection, dt,
			steps, recordInterval, recordNeurons, variables, gates, noise);
	}

	NetworkPlan withProbability(final double p) {
		return new NetworkPlan(neurons, topology.withProbability(p), builtConnections, symmetric, synapse, maxDelay,
			delayPerConnection, dt, steps, recordInterval, recordNeurons, variables, gates, noise);
	}

	NetworkPlan withRecordNeurons(final int r) {
		return new NetworkPlan(neurons, topology, builtConnections, symmetric, synapse, maxDelay, delayPerConnection,
			dt, steps, recordInterval, r, variables, gates, noise);
	}

	NetworkPlan withRecordInterval(final double ms) {
		return new NetworkPlan(neurons, topology, builtConnections, symmetric, synapse, maxDelay, delayPerConnection,
			dt, steps, ms, recordNeurons, variables, gates, noise);
	}

	NetworkPlan withSteps(final long k) {
		return new NetworkPlan(neurons, topology, builtConnections, symmetric, synapse, maxDelay, delayPerConnection,
			dt, k, recordInterval, recordNeurons, variables, gates, noise);
	}

	NetworkPlan withMaxDelay(final double ms) {
		return new NetworkPlan(neurons, topology, builtConnections, symmetric, synapse, ms, delayPerConnection, dt,
			steps, recordInterval, recordNeurons, variables, gates, noise);
	}
}
