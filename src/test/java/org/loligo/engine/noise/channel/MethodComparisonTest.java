package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;

/**
 * The three methods against each other where channel noise decides what happens: spontaneous firing
 * (I = 0) of 100 µm² patches (6000 Na, 1800 K channels), 24 neurons × 400 ms each, rate = mean over
 * neurons with its standard error.
 * <ul>
 * <li>diffusion vs markov: within 3 combined standard errors (about a third of the rate with 24 neurons, so
 * this catches gross errors only; the measured gap, below, is 1.6 SE; {@link DiffusionFiringTest} is the
 * decisive comparison).
 * The channel-based diffusion approximation reproduces the Markov chain's spontaneous firing (Orio
 * &amp; Soudry 2012; Goldwyn &amp; Shea-Brown 2011, PLoS Comput Biol 7:e1002247).</li>
 * <li>fox-lu vs markov, loose and one-sided: the subunit model fires spontaneously far less than the
 * Markov chain (Goldwyn &amp; Shea-Brown 2011 found it the least accurate model, with too little
 * effective noise); asserted: below half of markov's rate.</li>
 * </ul>
 * Measured with this seed (printed, not asserted): markov 8.65 ± 0.69 Hz, diffusion 10.21 ± 0.72 Hz,
 * fox-lu 0.31 ± 0.17 Hz.
 */
class MethodComparisonTest {

	static final double AREA = 100, DURATION = 400, DT = 0.01;
	static final int NEURONS = 24;

	@Test
	void diffusionMatchesMarkovAndFoxLuFiresLess() {
		final double[] markov = rate(Method.MARKOV), diffusion = rate(Method.DIFFUSION), foxLu = rate(
			Method.FOX_LU);
		System.out.printf("spontaneous rate at %s µm²: markov %.2f ± %.2f Hz, diffusion %.2f ± %.2f Hz, fox-lu " +
			"%.2f ± %.2f Hz%n", AREA, markov[0], markov[1], diffusion[0], diffusion[1], foxLu[0], foxLu[1]);
		assertTrue(markov[0] > 3, "markov fires spontaneously: " + markov[0] + " Hz");
		final double se = Math.hypot(markov[1], diffusion[1]);
		assertTrue(Math.abs(diffusion[0] - markov[0]) < 3 * se, "diffusion " + diffusion[0] +
			" vs markov " + markov[0] + " Hz");
		assertTrue(foxLu[0] < 0.5 * markov[0], "fox-lu " + foxLu[0] + " vs markov " + markov[0] + " Hz");
	}

	/** {mean rate, standard error} over neurons, Hz. */
	private static double[] rate(final Method method) {
		final double[][] sp = Patches.spikes(method, AREA, NEURONS, 0, DURATION, DT, 5);
		double sum = 0, sum2 = 0;
		for (final double[] t : sp) {
			final double r = t.length / DURATION * 1000;
			sum += r;
			sum2 += r * r;
		}
		final double mean = sum / NEURONS;
		return new double[] { mean, Math.sqrt((sum2 - NEURONS * mean * mean) / (NEURONS - 1) / NEURONS) };
	}
}
