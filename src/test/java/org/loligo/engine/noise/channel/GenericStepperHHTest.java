package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Stepper;

/**
 * The generic steppers against the specialised HH ones on HH1952, path by path: same seed, same draws.
 * <ul>
 * <li>fox-lu: the same doubles at every step (the same coefficients, draws and arithmetic), with rate
 * tables and without;</li>
 * <li>diffusion: the same path up to rounding — the same draws in the same order, moved by the same
 * matrices, summed in another order (the specialised stepper's Na sums pair states (a, 0) and (a, 1)
 * first). The paths start one ulp apart and separate as rounding errors do in a firing neuron (about
 * tenfold per 10 ms here; measured over the first 10 ms with tables: |ΔV| 1.3e-10 mV, |Δx| 2.1e-12), so
 * over 10 ms of firing at 10 µm² (600 Na channels, reflections at the boundaries at most steps) V must
 * agree to 1e-8 mV and every gate to 1e-10: an error in a rate, a pair or a draw would show at the first
 * step, at the size of a step's noise (~1e-3).</li>
 * </ul>
 * markov draws its multinomials in another order, so its paths differ; {@link GenericFiringRateTest} and
 * {@link GenericClampStatisticsTest} compare it in distribution.
 */
class GenericStepperHHTest {

	static final double DT = 0.01, AREA = 10;
	static final int NEURONS = 4;

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void foxLuGivesTheSpecialisedDoubles(final boolean tables) {
		final double[] d = compare(Method.FOX_LU, tables, 20_000);
		assertTrue(d[0] == 0 && d[1] == 0, "fox-lu differs: |ΔV| ≤ " + d[0] + " mV, |Δx| ≤ " + d[1]);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void diffusionFollowsTheSpecialisedPath(final boolean tables) {
		final double[] d = compare(Method.DIFFUSION, tables, 1000);
		assertTrue(d[0] < 1e-8 && d[1] < 1e-10, "diffusion differs: |ΔV| ≤ " + d[0] + " mV, |Δx| ≤ " + d[1]);
		assertTrue(d[2] > 0, "the run fires: " + d[2] + " spikes");
	}

	/** {max |ΔV|, max |Δgate|, spikes} over a free run at I = 10 µA/cm² of both steppers with one seed. */
	private static double[] compare(final Method method, final boolean tables, final int steps) {
		final ChannelNoiseScheme scheme = new ChannelNoiseScheme(method, ChannelPatch.ofArea(AREA));
		final Stepper special = scheme.prepare(Patches.HH, DT, tables, RandomStreams.streams(21, NEURONS));
		final Stepper generic = ChannelNoiseScheme.generic(method, Patches.HH, DT, ChannelPatch.ofArea(AREA),
			RandomStreams.streams(21, NEURONS), tables);
		assertTrue(special instanceof ChannelStepper && generic instanceof GenericChannelStepper);
		final PopulationState a = PopulationState.atRest(Patches.HH, NEURONS), b = PopulationState.atRest(
			Patches.HH, NEURONS);
		special.init(a, 0, NEURONS);
		generic.init(b, 0, NEURONS);
		final double[] cur = new double[NEURONS];
		java.util.Arrays.fill(cur, 10);
		double dv = 0, dx = 0;
		int spikes = 0;
		for (int k = 0; k < steps; k++) {
			final double v0 = a.v[0];
			special.step(a, 0, NEURONS, cur, cur, cur);
			generic.step(b, 0, NEURONS, cur, cur, cur);
			if (v0 < 0 && a.v[0] >= 0) spikes++;
			for (int i = 0; i < NEURONS; i++) {
				dv = Math.max(dv, Math.abs(a.v[i] - b.v[i]));
				for (int g = 0; g < 3; g++)
					dx = Math.max(dx, Math.abs(a.gates[g][i] - b.gates[g][i]));
			}
		}
		if (method == Method.FOX_LU) assertArrayEquals(a.v, b.v);
		return new double[] { dv, dx, spikes };
	}
}
