package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.PopulationState;

/**
 * Boundaries by construction for the generic steppers, as {@link ChannelBoundsTest} for HH: over long
 * noisy free runs of Connor–Stevens and Wang–Buzsáki on tiny patches (1 and 10 µm²: 60 and 600 Na
 * channels, 24 and 239 A channels), at rest and firing, every gate stays in [0, 1] and V finite,
 * diffusion's fractions sum to 1 per chain and, unbounded, dip below 0 but by less than
 * {@link ChannelBoundsTest#BELOW} channels' worth, markov's counts stay non-negative and sum to N per
 * chain.
 */
class GenericBoundsTest {

	static Stream<Arguments> cases() {
		return Stream.of(Method.values()).flatMap(m -> Stream.of(Arguments.of(m, Models.CONNOR_STEVENS, 20.0),
			Arguments.of(m, Models.WANG_BUZSAKI, 5.0)));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void statesStayInsideTheirBounds(final Method method, final NeuronModel model, final double firing) {
		for (final double area : new double[] { 1, 10 })
			for (final double current : new double[] { 0, firing })
				run(method, model, area, current);
	}

	private static void run(final Method method, final NeuronModel model, final double area, final double current) {
		final int neurons = 5, steps = 20_000; // 200 ms at dt = 0.01 ms
		final GenericChannelStepper st = ChainPatches.stepper(method, model, area, neurons, 99, 0.01);
		final PopulationState s = PopulationState.atRest(model, neurons);
		st.init(s, 0, neurons);
		final double[] cur = new double[neurons];
		java.util.Arrays.fill(cur, current);
		final ChannelChains c = st.chains;
		double minFraction = 1; // diffusion: the lowest fraction × its chain's channel count
		for (int k = 0; k < steps; k++) {
			st.step(s, 0, neurons, cur, cur, cur);
			for (int i = 0; i < neurons; i++) {
				if (!(Math.abs(s.v[i]) < 200)) fail(where(method, model, area, current, k) + ": V = " + s.v[i]);
				for (int g = 0; g < s.gateCount(); g++)
					if (!(s.gates[g][i] >= 0 && s.gates[g][i] <= 1)) fail(where(method, model, area, current, k) +
						": gate " + g + " = " + s.gates[g][i]);
				for (int q = 0; q < c.chains; q++) {
					double sum = 0;
					long count = 0;
					for (int x = 0; x < c.size[q]; x++) {
						if (st instanceof GenericDiffusion d) {
							final double f = d.fraction(i, q, x);
							sum += f;
							minFraction = Math.min(minFraction, f * c.count[q]);
						}
						if (st instanceof GenericMarkov mk) {
							if (mk.count(i, q, x) < 0) fail("negative count");
							count += mk.count(i, q, x);
						}
					}
					if (st instanceof GenericDiffusion && !(Math.abs(sum - 1) < 1e-12)) fail("fractions sum to " + sum);
					if (st instanceof GenericMarkov && count != c.count[q]) fail("counts sum to " + count);
				}
			}
		}
		// diffusion is unbounded: its fractions cross 0 (the test reaches the boundary) but by little.
		if (st instanceof GenericDiffusion) assertTrue(minFraction < 0 && minFraction > -ChannelBoundsTest.BELOW,
			where(method, model, area, current, steps) + ": lowest fraction × N = " + minFraction);
	}

	private static String where(final Method method, final NeuronModel model, final double area,
		final double current, final int step)
	{
		return method.label() + " " + model.name() + " at " + area + " µm², I = " + current + ", step " + step;
	}
}
