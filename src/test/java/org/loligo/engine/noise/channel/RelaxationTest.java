package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.PopulationState;

/**
 * Transition rates: after a voltage step from rest (-65 mV) to -20 mV the mean open fractions follow
 * the deterministic relaxation. Channels start independent with subunits open with probability m0, h0,
 * n0, so at time t each is open with probability m(t)³h(t) (Na) or n(t)⁴ (K), where
 * {@code x(t) = x∞ + (x0 - x∞)·e^{-(α+β)t}} at -20 mV. For markov the open count is then exactly
 * binomial; the bound is 4 binomial standard errors over M neurons (diffusion and fox-lu use the same
 * bound: their mean equations are the same linear ones, fox-lu up to an O(1/N) bias).
 */
class RelaxationTest {

	static final double V0 = -65, V = -20, DT = 0.01, AREA = 1000; // 60,000 Na, 18,000 K channels
	static final int M = 200;
	static final double[] TIMES = { 0.1, 0.3, 1, 3 };

	@ParameterizedTest
	@EnumSource(Method.class)
	void meanOpenFractionsFollowTheDeterministicRelaxation(final Method method) {
		final int neurons = method == Method.MARKOV ? 50 : M;
		final ChannelStepper st = Patches.stepper(method, AREA, neurons, 3, DT);
		final PopulationState s = Patches.at(V0, neurons);
		st.init(s, 0, neurons);
		final var hh = Patches.HH.hh();
		int done = 0;
		for (final double t : TIMES) {
			final int steps = (int) Math.round(t / DT) - done;
			Patches.clamp(st, s, V, steps);
			done += steps;
			final double m = relax(hh.mInf(V0), hh.mInf(V), hh.kinetics().alphaM(V) + hh.kinetics().betaM(V), t);
			final double h = relax(hh.hInf(V0), hh.hInf(V), hh.kinetics().alphaH(V) + hh.kinetics().betaH(V), t);
			final double n = relax(hh.nInf(V0), hh.nInf(V), hh.kinetics().alphaN(V) + hh.kinetics().betaN(V), t);
			final double pNa = m * m * m * h, pK = n * n * n * n;
			double na = 0, k = 0;
			for (int i = 0; i < neurons; i++) {
				na += Patches.openNa(st, s, i);
				k += Patches.openK(st, s, i);
			}
			na /= neurons;
			k /= neurons;
			assertEquals(pNa, na, 4 * Math.sqrt(pNa * (1 - pNa) / 60000 / neurons), method + " Na at t = " + t);
			assertEquals(pK, k, 4 * Math.sqrt(pK * (1 - pK) / 18000 / neurons), method + " K at t = " + t);
		}
	}

	static double relax(final double x0, final double xInf, final double rate, final double t) {
		return xInf + (x0 - xInf) * Math.exp(-rate * t);
	}
}
