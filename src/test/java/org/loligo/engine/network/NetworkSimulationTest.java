package org.loligo.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.input.StimulusChoice;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.DivergenceException;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;

/** Whole-network properties: the uncoupled limit, symmetry, conservation, determinism, the seed question. */
class NetworkSimulationTest {

	static final List<Stimulus> PULSES = new StimulusChoice("pulses", 0, 15, 0, 0, "5 25 45 | 12 30 | 8",
		2, 50).build(3);

	@Test
	void zeroCouplingReproducesIndependentNeuronsBitForBit() {
		for (final String method : List.of("exp-euler", "euler"))
			for (final String synapse : List.of("sigmoid", "gap", "exponential", "kick")) {
				final SimulationSpec pop = Net.population(Models.HH1952, PULSES, 60, method, method.equals("euler") ? 0.005 :
					0.01).noise(new CurrentNoise(1)).seed(9).build();
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

	/**
	 * Each neuron its own white-noise σ: neuron i is, bit for bit, the neuron i of a run in which every
	 * neuron has σ_i (its own stream either way; σ = 0 is the noise-free neuron), in the network and in
	 * the population runner (with its batched draws) alike.
	 */
	@Test
	void perNeuronNoiseGivesEachNeuronTheRunOfItsOwnSigma() {
		final double[] sigmas = { 0, 3, 1 };
		final SimulationSpec mixed = Net.population(Models.HH1952, PULSES, 60, "exp-euler", 0.01).noise(CurrentNoise
			.white(sigmas)).seed(9).build();
		final NetworkResult net = NetworkSimulation.run(new NetworkSpec(mixed, Connectivity.allToAll(3, 0), Net
			.synapse("exponential")));
		final SimulationResult pop = Simulation.run(mixed);
		for (int i = 0; i < 3; i++) {
			final SimulationSpec uniform = Net.population(Models.HH1952, PULSES, 60, "exp-euler", 0.01).noise(
				new CurrentNoise(sigmas[i])).seed(9).build();
			final SimulationResult ref = Simulation.run(uniform);
			assertArrayEquals(ref.traces().series(TraceVariable.V, i), Net.v(net, i), "network, neuron " + i);
			assertArrayEquals(ref.traces().series(TraceVariable.V, i), pop.traces().series(TraceVariable.V, i),
				"population, neuron " + i);
			assertArrayEquals(ref.spikeTimesOf(i), pop.spikeTimesOf(i), "population spikes, neuron " + i);
		}
		assertFalse(java.util.Arrays.equals(Net.v(net, 1), Net.v(net, 2)), "different σ, different traces");
		assertThrows(IllegalArgumentException.class, () -> Net.population(Models.HH1952, PULSES, 60, "exp-euler",
			0.01).noise(CurrentNoise.white(new double[] { 1, 2 })).build(), "two σ for three neurons");
		assertThrows(IllegalArgumentException.class, () -> CurrentNoise.white(new double[] { 1, -2, 0 }));
	}

	@Test
	void identicalNeuronsWithSymmetricCouplingStayIdentical() {
		final List<Stimulus> same = List.of(Stimuli.constant(15), Stimuli.constant(15));
		for (final String method : List.of("exp-euler", "euler"))
			for (final String synapse : List.of("sigmoid", "gap", "rise-decay")) {
				final SimulationSpec pop = Net.population(Models.HH1952, same, 60, method, 0.005).build();
				final NetworkResult r = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.allToAll(2, 0.5), Net
					.synapse(synapse)));
				assertTrue(r.population().spikeCount() >= 6);
				assertArrayEquals(Net.v(r, 0), Net.v(r, 1), method + " " + synapse);
				assertTrue(r.synapticConductance()[0][r.synapticConductance()[0].length / 2] > 0 || synapse.equals("gap"));
			}
	}

	@Test
	void gapJunctionsConserveChargeAndEqualiseAPassivePairAtRate2gOverC() {
		// Two capacitors (gNa = gK = gL = 0): C dV1/dt = g(V2 - V1) + I1, C dV2/dt = g(V1 - V2). A 1 ms pulse
		// into neuron 0 makes a difference D; afterwards V1 + V2 is constant and D(t) = D(t0)·exp(-2g(t-t0)/C).
		// The gap current is explicit and G = 0, so a step is forward Euler: D' = D·(1 - 2g·dt/C) exactly.
		final double g = 0.5, dt = 0.001, c = 1.0;
		final List<Stimulus> st = List.of(Stimuli.pulses(10, 1, 0), Stimuli.NONE);
		for (final String method : List.of("exp-euler", "euler")) {
			final SimulationSpec pop = Net.population(Net.capacitor(-65), st, 4, method, dt).threshold(500).build();
			final NetworkResult r = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.allToAll(2, g), Net
				.synapse("gap")));
			final double[] v0 = Net.v(r, 0), v1 = Net.v(r, 1), t = r.population().traces().time();
			final int k0 = 1000; // t = 1 ms, the pulse is over (recorded every step)
			assertEquals(1.0, t[k0], 1e-12);
			final double sum0 = v0[k0] + v1[k0], d0 = v0[k0] - v1[k0];
			// The injected charge: 10 µA/cm² for 1 ms raised the sum by 10 mV.
			assertEquals(-130 + 10, sum0, 1e-9);
			assertTrue(d0 > 1);
			for (int k = k0; k < t.length; k++) {
				assertEquals(sum0, v0[k] + v1[k], 1e-10, "charge at " + t[k]);
				final int steps = k - k0;
				final double discrete = d0 * Math.pow(1 - 2 * g * dt / c, steps);
				assertEquals(discrete, v0[k] - v1[k], 1e-10 * Math.abs(d0), method);
				// Against the continuous solution: ln(1 - x) = -x - x²/2 - …, so the relative error after n
				// steps is at most about n·x²/2 with x = 2g·dt/C.
				final double exact = d0 * Math.exp(-2 * g * (t[k] - t[k0]) / c);
				final double x = 2 * g * dt / c;
				assertEquals(exact, v0[k] - v1[k], 1.1 * steps * x * x / 2 * Math.abs(d0) + 1e-12);
			}
		}
	}

	@Test
	void sameSeedGivesIdenticalResultsOnOneTwoOrThreeThreads() {
		for (final String synapse : List.of("sigmoid", "exponential", "gap")) {
			NetworkResult first = null;
			for (final int threads : new int[] { 1, 2, 3 }) {
				final SimulationSpec pop = SimulationSpec.builder(Models.HH1952).neurons(7).stimulus(Stimuli.constant(
					5)).duration(60).dt(0.01).noise(new CurrentNoise(3)).seed(21).threads(threads).record(
						org.loligo.engine.record.RecordSpec.allVariables(Models.HH1952, 0.1, 7)).build();
				final Connectivity c = new TopologyChoice("random", 0.3, 0.5, null).build(7, 21, synapse.equals("gap"));
				final NetworkResult r = NetworkSimulation.run(new NetworkSpec(pop, synapse.equals("gap") ? c : c
					.withDelay(1.5), Net.synapse(synapse)));
				if (first == null) {
					first = r;
					assertTrue(r.population().spikeCount() > 5, synapse + ": " + r.population().spikeCount());
					continue;
				}
				assertArrayEquals(first.population().spikeTimes(), r.population().spikeTimes(), synapse + " t" + threads);
				assertArrayEquals(first.population().spikeNeurons(), r.population().spikeNeurons());
				for (int q = 0; q < 7; q++) {
					assertArrayEquals(first.population().traces().series(TraceVariable.V, q), Net.v(r, q));
					assertArrayEquals(first.synapticConductance()[q], r.synapticConductance()[q]);
				}
			}
		}
	}

	@Test
	void seedQuestionTheStimulatedNeuronMakesTheOtherFireThroughTheSynapse() {
		final List<Stimulus> one = List.of(Stimuli.constant(15), Stimuli.NONE);
		final SimulationSpec pop = Net.population(Models.HH1952, one, 100, "exp-euler").build();
		final NetworkResult coupled = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.allToAll(2, 0.5),
			SynapseModel.sigmoid()));
		final NetworkResult apart = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.allToAll(2, 0),
			SynapseModel.sigmoid()));
		final double[] pre = coupled.population().spikeTimesOf(0), post = coupled.population().spikeTimesOf(1);
		assertEquals(0, apart.population().spikeTimesOf(1).length, "alone, neuron 1 stays at rest");
		assertTrue(pre.length >= 4 && post.length >= pre.length - 1, pre.length + " / " + post.length);
		// Each spike of neuron 1 follows one of neuron 0 within a few ms (synaptic latency).
		for (final double t : post) {
			double lag = Double.POSITIVE_INFINITY;
			for (final double p : pre)
				if (p < t) lag = Math.min(lag, t - p);
			assertTrue(lag > 0.2 && lag < 5, "lag " + lag + " ms");
		}
		assertEquals(2, coupled.connections());
	}

	@Test
	void zeroCouplingAlsoHoldsForModelsWithoutLeakAndWithRateTablesOff() {
		final NeuronModel m = Models.TRAUB_MILES;
		final SimulationSpec pop = Net.population(m, PULSES, 40, "exp-euler").rateTables(false).build();
		final SimulationResult alone = Simulation.run(pop);
		final NetworkResult net = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.ring(3, 0), Net.synapse(
			"rise-decay")));
		assertArrayEquals(alone.spikeTimes(), net.population().spikeTimes());
	}

	@Test
	void aDivergingNeuronStopsEveryThreadWithTheDivergenceError() {
		// Forward Euler at dt = 0.1 ms leaves the gates' stability range during the first spike.
		final SimulationSpec pop = SimulationSpec.builder(Models.HH1952).neurons(6).stimuli(List.of(Stimuli.constant(
			40), Stimuli.NONE, Stimuli.NONE, Stimuli.NONE, Stimuli.NONE, Stimuli.NONE)).duration(50).dt(0.1).scheme(
				"euler").threads(3).build();
		final DivergenceException e = assertThrows(DivergenceException.class, () -> NetworkSimulation.run(
			new NetworkSpec(pop, Connectivity.ring(6, 0.1), SynapseModel.sigmoid())));
		assertEquals(0, e.neuron());
		assertTrue(e.getMessage().contains("method=euler"), e.getMessage());
	}

	@Test
	void aCancelledRunReturnsItsPartialResult() {
		final SimulationSpec pop = SimulationSpec.builder(Models.HH1952).neurons(4).stimulus(Stimuli.constant(10))
			.duration(100_000).dt(0.01).threads(2).record(org.loligo.engine.record.RecordSpec.allVariables(Models.HH1952, 1, 2))
			.build();
		final SimulationListener cancelSoon = new SimulationListener() {

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		final NetworkResult r = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.allToAll(4, 0.1),
			SynapseModel.sigmoid()), cancelSoon);
		assertTrue(r.population().partial());
		assertTrue(r.population().completed() < 100_000);
		assertEquals((int) Math.floor(r.population().completed()) + 1, r.population().traces().samples());
		assertEquals(r.population().traces().samples(), r.synapticConductance()[0].length);
	}
}
