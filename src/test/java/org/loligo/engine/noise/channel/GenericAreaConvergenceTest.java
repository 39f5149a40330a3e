package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;

/**
 * The generic steppers converge to the deterministic model as the area grows, on Connor–Stevens at
 * I = 20 µA/cm² (6 spikes in 50 ms with exp-euler, dt = 0.01 ms) and Wang–Buzsáki at I = 5 µA/cm² (9
 * spikes), as {@link AreaConvergenceTest} for HH: the error of a neuron is the largest |Δt| between its
 * spike times and the deterministic ones (50 ms if the counts differ), averaged over neurons; asserted:
 * at least 4-fold smaller per 100-fold area (noise ~ 1/√N predicts 10-fold), under 1 ms at 10⁴ µm² and
 * under 0.1 ms at 10⁶ µm² (markov only up to 10⁴ µm²). The limit is exp-euler itself: the chains' mean
 * moves by the exact subunit kinetics at frozen V, instantaneous gates at x∞(V(t)), V by the same
 * exponential step.
 */
class GenericAreaConvergenceTest {

	static final double DURATION = 50, DT = 0.01;

	static Stream<Arguments> cases() {
		return Stream.of(Method.values()).flatMap(m -> Stream.of(Arguments.of(m, Models.CONNOR_STEVENS, 20.0, 6),
			Arguments.of(m, Models.WANG_BUZSAKI, 5.0, 9)));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void spikeTimesApproachTheDeterministicOnes(final Method method, final NeuronModel model, final double current,
		final int spikes)
	{
		final double[] det = Simulation.run(SimulationSpec.builder(model).stimulus(Stimuli.constant(current))
			.duration(DURATION).dt(DT).seed(1).build()).spikeTimes();
		assertEquals(spikes, det.length, "deterministic spikes");
		final double e2 = error(method, model, current, 1e2, det), e4 = error(method, model, current, 1e4, det);
		final String what = method.label() + " " + model.name();
		assertTrue(e4 < 1, what + ": error at 1e4 µm² " + e4 + " ms");
		assertTrue(e4 < e2 / 4, what + ": errors " + e2 + " → " + e4 + " ms");
		final double e6 = method == Method.MARKOV ? Double.NaN : error(method, model, current, 1e6, det);
		System.out.printf("%s: mean spike-time error %.3g ms at 1e2 µm², %.3g at 1e4, %.3g at 1e6%n", what, e2, e4,
			e6);
		if (method == Method.MARKOV) return;
		assertTrue(e6 < 0.1, what + ": error at 1e6 µm² " + e6 + " ms");
		assertTrue(e6 < e4 / 4, what + ": errors " + e4 + " → " + e6 + " ms");
	}

	private static double error(final Method method, final NeuronModel model, final double current,
		final double area, final double[] det)
	{
		final int neurons = method == Method.MARKOV && area > 1e3 ? 3 : 6;
		final double[][] sp = ChainPatches.spikes(method, model, area, neurons, current, DURATION, DT, 7);
		double sum = 0;
		for (final double[] t : sp) {
			double e = t.length == det.length ? 0 : DURATION;
			if (e == 0) for (int k = 0; k < det.length; k++)
				e = Math.max(e, Math.abs(t[k] - det[k]));
			sum += e;
		}
		return sum / neurons;
	}
}
