package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.PopulationState;

/**
 * Bounds: over long noisy free runs on tiny patches (1 and 10 µm², 60 and 600 Na channels), at rest
 * and firing, every gate stays in [0, 1], V stays finite, diffusion's fractions sum to 1 and, unbounded
 * by design, dip below 0 but by less than {@link #BELOW} channels' worth, markov's counts stay
 * non-negative and sum to N.
 */
class ChannelBoundsTest {

	/**
	 * diffusion's fractions are unbounded (see {@link DiffusionStepper}): how far below 0, in channels
	 * (fraction × N), one may go. Measured over these runs (5 neurons × 200 ms × 13 states, HH,
	 * Connor–Stevens, Wang–Buzsáki at 1 and 10 µm²): 1.2 to 3.0. A fraction that drifted away from 0
	 * (a wrong sign in a move, a noise term without its guard) would pass this by orders of magnitude.
	 */
	static final double BELOW = 5;

	@ParameterizedTest
	@EnumSource(Method.class)
	void statesStayInsideTheirBounds(final Method method) {
		for (final double area : new double[] { 1, 10 })
			for (final double current : new double[] { 0, 10 })
				run(method, area, current);
	}

	private static void run(final Method method, final double area, final double current) {
		final int neurons = 5, steps = 20_000; // 200 ms at dt = 0.01 ms
		final ChannelStepper st = Patches.stepper(method, area, neurons, 99, 0.01);
		final PopulationState s = PopulationState.atRest(Patches.HH, neurons);
		st.init(s, 0, neurons);
		final double[] cur = new double[neurons];
		java.util.Arrays.fill(cur, current);
		double minFraction = 1; // diffusion: the lowest fraction × its channel count
		for (int k = 0; k < steps; k++) {
			st.step(s, 0, neurons, cur, cur, cur);
			for (int i = 0; i < neurons; i++) {
				if (!(s.m[i] >= 0 && s.m[i] <= 1 && s.h[i] >= 0 && s.h[i] <= 1 && s.n[i] >= 0 && s.n[i] <= 1) ||
					!(Math.abs(s.v[i]) < 200)) fail(method + " at " + area + " µm², I = " + current + ", step " + k +
						": V = " + s.v[i] + ", m = " + s.m[i] + ", h = " + s.h[i] + ", n = " + s.n[i]);
				if (st instanceof DiffusionStepper d) minFraction = Math.min(minFraction, checkFractions(d, i));
				if (st instanceof MarkovStepper mk) checkCounts(mk, i);
			}
		}
		// The boundary is actually reached: some state's fraction gets within 1e-3 of 0.
		// diffusion is unbounded: its fractions cross 0 (the test reaches the boundary) but by little.
		if (st instanceof DiffusionStepper) assertTrue(minFraction < 0 && minFraction > -BELOW, method + " at " +
			area + " µm², I = " + current + ": lowest fraction × N = " + minFraction);
	}

	private static double checkFractions(final DiffusionStepper d, final int i) {
		double sum = 0, min = 1;
		for (int a = 0; a < 4; a++)
			for (int b = 0; b < 2; b++) {
				final double x = d.naFraction(i, a, b);
				sum += x;
				min = Math.min(min, x * d.nNa);
			}
		if (!(Math.abs(sum - 1) < 1e-12)) fail("fractions sum to " + sum);
		sum = 0;
		for (int q = 0; q < 5; q++) {
			final double x = d.kFraction(i, q);
			sum += x;
			min = Math.min(min, x * d.nK);
		}
		if (!(Math.abs(sum - 1) < 1e-12)) fail("fractions sum to " + sum);
		return min;
	}

	private static void checkCounts(final MarkovStepper mk, final int i) {
		int na = 0, k = 0;
		for (int a = 0; a < 4; a++)
			for (int b = 0; b < 2; b++) {
				if (mk.naCount(i, a, b) < 0) fail("negative Na count");
				na += mk.naCount(i, a, b);
			}
		for (int q = 0; q < 5; q++) {
			if (mk.kCount(i, q) < 0) fail("negative K count");
			k += mk.kCount(i, q);
		}
		if (na != mk.nNa || k != mk.nK) fail("counts sum to " + na + ", " + k);
	}
}
