package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.PopulationState;

/**
 * Transition rates of the derived chains: after a voltage step from the resting potential to -20 mV, the
 * mean open fraction of every chain follows the deterministic relaxation, as {@link RelaxationTest} for
 * HH. Channels start independent with subunits of gate j open with probability x_j(0) = x∞_j(V0), so at
 * time t each is open with probability {@code Π_j x_j(t)^p_j}, {@code x_j(t) = x∞ + (x_j(0) - x∞)·e^{-t/τ}}
 * at -20 mV — τ and x∞ from the model's gates: φ = 5 for Wang–Buzsáki's h and n, x∞/τ for
 * Connor–Stevens' A channel (a³b), so this checks α = x∞/τ, β = (1 - x∞)/τ and the rate factor. For
 * markov the open count is exactly binomial; bound 4 binomial standard errors over the neurons (1000 µm²).
 */
class GenericRelaxationTest {

	static final double V = -20, DT = 0.01, AREA = 1000;
	static final double[] TIMES = { 0.1, 0.3, 1, 3 };

	static Stream<Arguments> cases() {
		return Stream.of(Method.values()).flatMap(m -> Stream.of(Arguments.of(m, Models.CONNOR_STEVENS), Arguments
			.of(m, Models.WANG_BUZSAKI)));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void meanOpenFractionsFollowTheDeterministicRelaxation(final Method method, final NeuronModel model) {
		final int neurons = method == Method.MARKOV ? 50 : 200;
		final double v0 = model.vInit();
		final GenericChannelStepper st = ChainPatches.stepper(method, model, AREA, neurons, 3, DT);
		final PopulationState s = ChainPatches.at(model, v0, neurons);
		st.init(s, 0, neurons);
		final ChannelChains c = st.chains;
		int done = 0;
		for (final double t : TIMES) {
			final int steps = (int) Math.round(t / DT) - done;
			ChainPatches.clamp(st, s, V, steps);
			done += steps;
			for (int q = 0; q < c.chains; q++) {
				double p = 1;
				for (int j = 0; j < c.gate[q].length; j++) {
					final Gate g = model.stateGates().get(c.gate[q][j]);
					p *= Math.pow(g.inf(V) + (g.inf(v0) - g.inf(V)) * Math.exp(-t / g.tau(V)), c.power[q][j]);
				}
				double mean = 0;
				for (int i = 0; i < neurons; i++)
					mean += ChainPatches.open(st, s, i, q);
				mean /= neurons;
				assertEquals(p, mean, 4 * Math.sqrt(p * (1 - p) / c.count[q] / neurons), method.label() + " " + model
					.name() + " " + model.channels().get(c.channelOf[q]).name() + " at t = " + t + " ms");
			}
		}
	}
}
