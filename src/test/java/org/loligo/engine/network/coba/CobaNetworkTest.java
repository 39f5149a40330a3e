package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.loligo.engine.sim.SimulationListener;

/** Determinism, seeds, synaptic conductance, cancel, memory and input checks of the COBA-HH network. */
class CobaNetworkTest {

	/** 1,500 neurons with in-degree 80 (the benchmark's mean in-degree), 200 ms: thousands of spikes. */
	private static CobaSpec small(final long seed, final int threads) {
		return CobaSpec.benchmark().withNeurons(1500).withConnectivity(0, 80).withRun(200, seed, threads)
			.withRecording(2, 0.1, 0);
	}

	@Test
	void sameSeedSameSpikesOnOneTwoAndThreeThreads() {
		final CobaResult one = CobaNetwork.run(small(42, 1));
		assertEquals(3, small(42, 3).effectiveThreads(), "three blocks of 500 neurons");
		assertTrue(one.spikeCount() > 1000, "active network: " + one.spikeCount() + " spikes");
		for (final int threads : new int[] { 2, 3 }) {
			final CobaResult r = CobaNetwork.run(small(42, threads));
			assertArrayEquals(one.spikeNeurons(), r.spikeNeurons(), threads + " threads");
			assertArrayEquals(one.spikeSteps(), r.spikeSteps(), threads + " threads");
			assertArrayEquals(one.traces()[1], r.traces()[1], threads + " threads: V trace bit for bit");
		}
	}

	@Test
	void differentSeedsGiveDifferentNetworksAndSpikes() {
		final CobaResult a = CobaNetwork.run(small(1, 1)), b = CobaNetwork.run(small(2, 1));
		assertFalse(Arrays.equals(a.spikeNeurons(), b.spikeNeurons()));
		assertFalse(Arrays.equals(a.traces()[0], b.traces()[0]), "different initial states");
	}

	/**
	 * Neuron 0 (excitatory) starts at V = 0 mV, above threshold, so it spikes at step 1; neuron 1 gets the
	 * jump at the start of step 2 and afterwards only decays: ge(k·dt) = we·exp(-(k-1)·dt/τe). Run for 25
	 * steps, inside the 3 ms refractory period, so no second spike of neuron 0 can count.
	 */
	@Test
	void conductanceAfterOneSpikeIsTheClosedForm() {
		final double we = 6, tau = 5, dt = 0.1;
		final CobaSpec spec = new CobaSpec(2, 0.5, 1.0, 0, we, 0, tau, 10, 0, -80, 2.5, dt, -20, 3, 1, 1, 0, 1, 0);
		final double[][] init = new double[6][2];
		init[0][0] = 0;
		init[0][1] = -70;
		final double[][] g = NetworkFixture.conductancesAfter(spec, init);
		final double want = CobaNetwork.toPerArea(we) * Math.exp(-(25 - 1) * dt / tau);
		assertEquals(want, g[0][1], 1e-14 * want, "ge of neuron 1 (mS/cm²)");
		assertEquals(0.0, g[1][1], 0.0, "no inhibitory weight");
		assertEquals(0.03, CobaNetwork.toPerArea(6), 1e-15, "6 nS on 20,000 µm² is 0.03 mS/cm²");
	}

	@Test
	void cancelGivesAPartialResultUpToTheStepReached() {
		final CobaSpec spec = small(5, 2);
		final SimulationListener cancelAtOnce = new SimulationListener() {

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		final CobaResult r = CobaNetwork.run(spec, cancelAtOnce);
		assertTrue(r.partial());
		assertEquals(CobaRun.POLL, r.completedSteps());
		assertEquals(CobaRun.POLL / spec.recordStride() + 1, r.traces()[0].length);
		for (final int k : r.spikeSteps())
			assertTrue(k <= CobaRun.POLL);
		// The same steps as an uncancelled run, spike for spike.
		final CobaResult full = CobaNetwork.run(spec);
		int before = 0;
		while (before < full.spikeCount() && full.spikeSteps()[before] <= CobaRun.POLL)
			before++;
		assertArrayEquals(Arrays.copyOf(full.spikeNeurons(), before), r.spikeNeurons());
	}

	@Test
	void aRunThatWouldNotFitIsRefusedWithTheFigureAndTheWayOut() {
		final CobaSpec huge = CobaSpec.benchmark().withRun(1e6, 1, 1).withRecording(4000, 0.1, 0);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CobaNetwork.run(huge));
		assertTrue(e.getMessage().contains("needs 320") && e.getMessage().contains("recordNeurons") && e
			.getMessage().contains("recordInterval"), e.getMessage());
	}

	@Test
	void badInputNamesTheParameterAndTheRange() {
		final CobaSpec b = CobaSpec.benchmark();
		expect("connectionProbability must be in [0, 1]", () -> b.withConnectivity(-0.1, 0));
		expect("inDegree must be >= 0", () -> b.withConnectivity(0.02, -1));
		expect("excitatoryFraction must be in [0, 1]", () -> new CobaSpec(100, 1.5, 0.02, 0, 6, 67, 5, 10, 0, -80,
			100, 0.1, -20, 3, 1, 1, 0, 1, 0));
		expect("neurons must be >= 2", () -> b.withNeurons(1));
		expect("weightInh must be >= 0", () -> b.withWeights(6, -1));
		expect("dt must be > 0", () -> new CobaSpec(100, 0.8, 0.02, 0, 6, 67, 5, 10, 0, -80, 100, 0, -20, 3, 1, 1, 0,
			1, 0));
		expect("recordNeurons must be in [0, neurons = 100]", () -> b.withNeurons(100).withRecording(101, 1, 0));
		expect("inDegree: 200 inputs", () -> b.withNeurons(100).withConnectivity(0, 200));
	}

	private static void expect(final String text, final Runnable r) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run, text);
		assertTrue(e.getMessage().contains(text), "'" + e.getMessage() + "' should contain '" + text + "'");
	}
}
