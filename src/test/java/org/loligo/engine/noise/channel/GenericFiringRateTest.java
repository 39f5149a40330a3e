package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;

/**
 * Where channel noise decides what happens — spontaneous firing of HH1952 at I = 0 on 100 µm² (6,000 Na,
 * 1,800 K channels) — the generic steppers fire at the specialised ones' rate. Each side runs 100
 * neurons × 1 s (about 980 spikes with markov) on its own seed, so the comparison is between
 * independent samples; rate = mean over neurons, its standard error from the spread over neurons;
 * asserted: within 3 combined standard errors, which at these counts is about 11 % of the rate, so an
 * error in the generic chains' rates or noise of that size fails ({@link DiffusionFiringTest} compares
 * the specialised diffusion with markov across patch sizes). fox-lu fires too
 * rarely here for a rate comparison and is compared path by path instead ({@link GenericStepperHHTest}).
 */
@Tag("slow")
class GenericFiringRateTest {

	static final double AREA = 100, DURATION = 1000, DT = 0.01;
	static final int NEURONS = 100;

	@ParameterizedTest
	@EnumSource(value = Method.class, names = { "MARKOV", "DIFFUSION" })
	void genericFiresAtTheSpecialisedRate(final Method method) {
		final double[] special = rate(Patches.spikes(method, AREA, NEURONS, 0, DURATION, DT, 5));
		final double[] generic = rate(ChainPatches.spikes(method, Patches.HH, AREA, NEURONS, 0, DURATION, DT, 6));
		System.out.printf("%s at %s µm², I = 0: specialised %.2f ± %.2f Hz, generic %.2f ± %.2f Hz%n", method
			.label(), AREA, special[0], special[1], generic[0], generic[1]);
		assertTrue(special[0] > 5, "spontaneous firing: " + special[0] + " Hz");
		final double se = Math.hypot(special[1], generic[1]);
		assertTrue(Math.abs(generic[0] - special[0]) < 3 * se, method.label() + ": generic " + generic[0] +
			" vs specialised " + special[0] + " Hz (3 SE = " + 3 * se + ")");
		assertTrue(3 * se < 0.15 * special[0], "the bound decides: 3 SE = " + 3 * se + " Hz");
	}

	/** {mean rate, standard error} over neurons, Hz. */
	static double[] rate(final double[][] spikes) {
		final int n = spikes.length;
		double sum = 0, sum2 = 0;
		for (final double[] t : spikes) {
			final double r = t.length / DURATION * 1000;
			sum += r;
			sum2 += r * r;
		}
		final double mean = sum / n;
		return new double[] { mean, Math.sqrt((sum2 - n * mean * mean) / (n - 1) / n) };
	}
}
