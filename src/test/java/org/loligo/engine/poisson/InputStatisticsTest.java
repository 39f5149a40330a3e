package org.loligo.engine.poisson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.loligo.engine.noise.RandomStreams;

/**
 * Per-step transmitted counts against Binomial(N, q·p): sample mean and variance within 5 standard errors
 * (CLT; a false failure has probability below 1e-6 per check), fixed seeds.
 */
class InputStatisticsTest {

	/** Draws {@code draws} per-step excitatory counts and checks mean and variance against Binomial(n, q). */
	private static void checkMoments(final InputDrive d, final int n, final double q, final int draws) {
		final int[] c = new int[2];
		double sum = 0, sum2 = 0;
		final double[] x = new double[draws];
		for (int k = 0; k < draws; k++) {
			d.next(c);
			assertTrue(c[0] >= 0 && c[0] <= n, "count out of [0, n]: " + c[0]);
			x[k] = c[0];
			sum += c[0];
		}
		final double mean = sum / draws;
		for (final double v : x)
			sum2 += (v - mean) * (v - mean);
		final double var = sum2 / (draws - 1);
		final double mu = n * q, s2 = n * q * (1 - q);
		// Var of the sample mean s2/N; of the sample variance (μ4 - σ⁴)/N with the binomial
		// μ4 = 3σ⁴ + σ²(1 - 6q(1 - q)).
		final double seMean = Math.sqrt(s2 / draws);
		final double mu4 = 3 * s2 * s2 + s2 * (1 - 6 * q * (1 - q));
		final double seVar = Math.sqrt((mu4 - s2 * s2) / draws);
		assertEquals(mu, mean, 5 * seMean, "mean count");
		assertEquals(s2, var, 5 * seVar, "variance of count");
	}

	@Test
	void superposedCountsAreBinomialAtSmallMean() {
		// 5,000 inputs at 10 Hz, p = 0.5, dt = 0.1 ms: q·p = 5e-4, mean 2.5 per step.
		final PoissonInput in = new PoissonInput(5000, 0, 10, 0.5, PoissonInput.Mode.SUPERPOSED);
		final UniformRandomProvider rng = RandomStreams.streams(17, 1)[0];
		checkMoments(InputDrive.of(in, 0.1, rng, null), 5000, in.transmitProbability(0.1), 200_000);
	}

	@Test
	void superposedCountsAreBinomialFarFromZero() {
		// 100,000 inputs, q·p = 0.3 (table far from 0, p not small), and a tiny mean (0.002).
		final UniformRandomProvider rng = RandomStreams.streams(18, 1)[0];
		final PoissonInput big = new PoissonInput(100_000, 0, 600, 0.5, PoissonInput.Mode.SUPERPOSED);
		checkMoments(InputDrive.of(big, 1.0, rng, null), 100_000, 0.3, 100_000);
		final PoissonInput small = new PoissonInput(2, 0, 10, 1, PoissonInput.Mode.SUPERPOSED);
		checkMoments(InputDrive.of(small, 0.1, rng, null), 2, 0.001, 400_000);
	}

	@Test
	void explicitCountsAreBinomialToo() {
		final PoissonInput in = new PoissonInput(200, 0, 50, 0.3, PoissonInput.Mode.EXPLICIT);
		final UniformRandomProvider rng = RandomStreams.streams(19, 1)[0];
		checkMoments(InputDrive.of(in, 0.1, rng, null), 200, in.transmitProbability(0.1), 50_000);
	}

	@Test
	void degenerateSamplersAreConstant() {
		final UniformRandomProvider rng = RandomStreams.streams(20, 1)[0];
		assertEquals(0, new BinomialSampler(rng, 0, 0.5).sample());
		assertEquals(0, new BinomialSampler(rng, 10, 0).sample());
		assertEquals(10, new BinomialSampler(rng, 10, 1).sample());
	}

	@Test
	void explicitModeRecordsEveryPresynapticSpike() {
		final PoissonInput in = new PoissonInput(30, 10, 100, 0.5, PoissonInput.Mode.EXPLICIT);
		final InputEvents ev = new InputEvents(30);
		final InputDrive d = InputDrive.of(in, 0.1, RandomStreams.streams(21, 1)[0], ev);
		final int[] c = new int[2];
		int transmitted = 0;
		for (int k = 0; k < 1000; k++) {
			d.next(c);
			transmitted += c[0] + c[1];
		}
		int released = 0;
		for (int k = 0; k < ev.size(); k++) {
			if (ev.released(k)) released++;
			assertTrue(ev.time(k) > 0 && ev.time(k) <= 100 + 1e-9);
			assertEquals(ev.input(k) < 30, ev.excitatory(k));
		}
		assertEquals(transmitted, released);
		// 40 inputs · 100 Hz · 0.1 s = 400 expected presynaptic spikes; Poisson-like SD 20.
		assertEquals(400, ev.size(), 5 * 20);
	}
}
