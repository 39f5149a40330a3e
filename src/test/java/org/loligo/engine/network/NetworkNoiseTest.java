package org.loligo.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;

/**
 * Ornstein–Uhlenbeck current noise in networks: the population runner's draws and update (stationary
 * start σ·ξ, then {@code I ← a·I + σ·sqrt(1 - a²)·ξ} held over the step), neuron by neuron from the same
 * streams, so that an uncoupled network is the population run bit for bit.
 */
class NetworkNoiseTest {

	static final CurrentNoise OU = CurrentNoise.ou(2, 5);

	@Test
	void zeroCouplingWithOuNoiseReproducesThePopulationRunBitForBit() {
		for (final String method : List.of("exp-euler", "euler"))
			for (final String synapse : List.of("sigmoid", "gap", "exponential", "kick")) {
				final SimulationSpec pop = Net.population(Models.HH1952, NetworkSimulationTest.PULSES, 60, method, method
					.equals("euler") ? 0.005 : 0.01).noise(OU).seed(9).build();
				final SimulationResult alone = Simulation.run(pop);
				final NetworkResult net = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.allToAll(3, 0), Net
					.synapse(synapse)));
				assertTrue(alone.spikeCount() >= 5, "the pulses should make spikes: " + alone.spikeCount());
				assertArrayEquals(alone.spikeTimes(), net.population().spikeTimes(), method + " " + synapse);
				assertArrayEquals(alone.spikeNeurons(), net.population().spikeNeurons());
				for (int r = 0; r < 3; r++)
					assertArrayEquals(alone.traces().series(TraceVariable.V, r), Net.v(net, r), method + " " + synapse);
			}
	}

	/** The bug this replaces: an OU spec ran as white noise of the OU σ. The two must differ. */
	@Test
	void ouNoiseIsNotWhiteNoiseOfTheSameSigma() {
		final SimulationSpec.Builder b = Net.population(Models.HH1952, NetworkSimulationTest.PULSES, 30, "exp-euler")
			.seed(9);
		final double[] ou = Net.v(run(b.noise(OU).build(), 0), 1);
		final double[] white = Net.v(run(b.noise(new CurrentNoise(2)).build(), 0), 1);
		assertFalse(Arrays.equals(ou, white));
	}

	@Test
	void perNeuronOuSigmaGivesEachNeuronTheRunOfItsOwnSigma() {
		final double[] sigmas = { 0, 3, 1 };
		final SimulationSpec mixed = Net.population(Models.HH1952, NetworkSimulationTest.PULSES, 60, "exp-euler", 0.01)
			.noise(CurrentNoise.ou(sigmas, 5)).seed(9).build();
		final NetworkResult net = run(mixed, 0);
		for (int i = 0; i < 3; i++) {
			final SimulationResult ref = Simulation.run(Net.population(Models.HH1952, NetworkSimulationTest.PULSES, 60,
				"exp-euler", 0.01).noise(CurrentNoise.ou(sigmas[i], 5)).seed(9).build());
			assertArrayEquals(ref.traces().series(TraceVariable.V, i), Net.v(net, i), "neuron " + i);
		}
		assertFalse(Arrays.equals(Net.v(net, 1), Net.v(net, 2)), "different σ, different traces");
		// The population runner shares the network's noise drive: per-neuron OU σ there too, the same bits.
		final SimulationResult alone = Simulation.run(mixed);
		for (int i = 0; i < 3; i++)
			assertArrayEquals(alone.traces().series(TraceVariable.V, i), Net.v(net, i), "population, neuron " + i);
	}

	@Test
	void ouNoiseInACoupledNetworkGivesTheSameRunOnOneTwoOrThreeThreads() {
		NetworkResult first = null;
		for (final int threads : new int[] { 1, 2, 3 }) {
			final SimulationSpec pop = SimulationSpec.builder(Models.HH1952).neurons(7).stimulus(Stimuli.constant(5))
				.duration(40).dt(0.01).noise(CurrentNoise.ou(3, 2)).seed(21).threads(threads).record(RecordSpec
					.allVariables(org.loligo.engine.model.Models.HH1952, 0.1, 7)).build();
			final NetworkResult r = run(pop, 0.3);
			if (first == null) {
				first = r;
				assertTrue(r.population().spikeCount() > 5, "spikes: " + r.population().spikeCount());
				continue;
			}
			assertArrayEquals(first.population().spikeTimes(), r.population().spikeTimes(), "threads " + threads);
			for (int q = 0; q < 7; q++)
				assertArrayEquals(Net.v(first, q), Net.v(r, q), "threads " + threads + ", neuron " + q);
		}
	}

	/** A random network (p = 0.5) of exponential synapses with a 1.5 ms delay and the given coupling. */
	private static NetworkResult run(final SimulationSpec pop, final double coupling) {
		final Connectivity c = new TopologyChoice("random", coupling, 0.5, null).build(pop.neurons(), 21, false);
		return NetworkSimulation.run(new NetworkSpec(pop, c.withDelay(1.5), Net.synapse("exponential")));
	}
}
