package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;

/**
 * Channel noise on Connor–Stevens and Wang–Buzsáki through the engine, as {@link ChannelSimulationTest}
 * for HH: the generic stepper is chosen, a run gives the same spikes (bit for bit) on 1 and 2 threads
 * with white current noise on top, the recorded gates stay in [0, 1], and the engine's run draws what
 * the directly driven stepper draws.
 */
class GenericSimulationTest {

	static Stream<Arguments> cases() {
		return Stream.of(Method.values()).flatMap(m -> Stream.of(Arguments.of(m, Models.CONNOR_STEVENS, 12.0),
			Arguments.of(m, Models.WANG_BUZSAKI, 1.0)));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void runsThroughTheEngineIndependentlyOfThreads(final Method method, final NeuronModel model,
		final double current)
	{
		final ChannelNoiseScheme scheme = new ChannelNoiseScheme(method, ChannelPatch.ofArea(20));
		assertTrue(scheme.prepare(model, 0.01, true, org.loligo.engine.noise.RandomStreams.streams(1,
			1)) instanceof GenericChannelStepper);
		final SimulationResult one = run(scheme, model, current, 1), two = run(scheme, model, current, 2);
		assertTrue(one.spikeCount() > 0, method + " " + model.name());
		assertArrayEquals(one.spikeNeurons(), two.spikeNeurons());
		assertArrayEquals(one.spikeTimes(), two.spikeTimes());
		final String last = model.stateGates().get(model.stateGates().size() - 1).name();
		for (final double x : one.traces().series(TraceVariable.gate(last), 0))
			assertTrue(x >= 0 && x <= 1);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void engineAndDirectStepperAgree(final Method method, final NeuronModel model, final double current) {
		final SimulationResult r = Simulation.run(SimulationSpec.builder(model).neurons(4).scheme(
			new ChannelNoiseScheme(method, ChannelPatch.ofArea(20))).stimulus(Stimuli.constant(current)).duration(60)
			.dt(0.01).seed(12).threads(2).build());
		final double[][] direct = ChainPatches.spikes(method, model, 20, 4, current, 60, 0.01, r.seed());
		for (int i = 0; i < 4; i++)
			assertEquals(direct[i].length, r.spikeTimesOf(i).length, method + " " + model.name() + " neuron " + i);
	}

	private static SimulationResult run(final ChannelNoiseScheme scheme, final NeuronModel model,
		final double current, final int threads)
	{
		final String last = model.stateGates().get(model.stateGates().size() - 1).name();
		return Simulation.run(SimulationSpec.builder(model).neurons(4).scheme(scheme).stimulus(Stimuli.constant(
			current)).noise(CurrentNoise.white(0.5)).duration(60).dt(0.01).seed(5).threads(threads).record(
				new RecordSpec(0.1, new int[] { 0 }, java.util.List.of(TraceVariable.V, TraceVariable.gate(last))))
			.build());
	}
}
