package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;

/**
 * Channel noise through the engine: a whole run with {@link Simulation}, the same spikes (bit for bit)
 * on 1 and 2 threads with the same seed, recorded gates in [0, 1] on a 5 µm² patch (the engine's
 * divergence guard would stop the run otherwise), and the same spikes as the stepper driven directly.
 */
class ChannelSimulationTest {

	@ParameterizedTest
	@EnumSource(Method.class)
	void runsThroughTheEngineIndependentlyOfThreads(final Method method) {
		final SimulationResult one = run(method, 1), two = run(method, 2);
		assertTrue(one.spikeCount() > 0);
		assertArrayEquals(one.spikeNeurons(), two.spikeNeurons());
		assertArrayEquals(one.spikeTimes(), two.spikeTimes());
		final double[] m = one.traces().series(TraceVariable.M, 0);
		for (final double x : m)
			assertTrue(x >= 0 && x <= 1);
	}

	/** The engine's run and the directly driven stepper draw the same numbers: same spike count per neuron. */
	@ParameterizedTest
	@EnumSource(Method.class)
	void engineAndDirectStepperAgree(final Method method) {
		final SimulationResult r = run(method, 2);
		final double[][] direct = Patches.spikes(method, 5, 4, 3, 40, 0.01, r.seed());
		for (int i = 0; i < 4; i++)
			assertEquals(direct[i].length, r.spikeTimesOf(i).length, method + " neuron " + i);
	}

	/** Channel noise and white current noise together: both draw from neuron i's stream, thread-independently. */
	@ParameterizedTest
	@EnumSource(Method.class)
	void combinesWithCurrentNoise(final Method method) {
		final SimulationResult[] r = new SimulationResult[2];
		for (int t = 1; t <= 2; t++)
			r[t - 1] = Simulation.run(SimulationSpec.builder(Patches.HH).neurons(3).scheme(new ChannelNoiseScheme(
				method, ChannelPatch.ofArea(20))).stimulus(Stimuli.constant(6)).noise(CurrentNoise.white(1)).duration(
					30).dt(0.01).seed(5).threads(t).build());
		assertTrue(r[0].spikeCount() > 0);
		assertArrayEquals(r[0].spikeTimes(), r[1].spikeTimes());
	}

	private static SimulationResult run(final Method method, final int threads) {
		return Simulation.run(SimulationSpec.builder(Patches.HH).neurons(4).scheme(new ChannelNoiseScheme(method,
			ChannelPatch.ofArea(5))).stimulus(Stimuli.constant(3)).duration(40).dt(0.01).seed(12).threads(threads)
			.record(new RecordSpec(0.1, new int[] { 0 }, List.of(TraceVariable.V, TraceVariable.M))).build());
	}
}
