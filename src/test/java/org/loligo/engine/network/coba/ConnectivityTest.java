package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Connectivity statistics against their exact laws, with fixed seeds. */
class ConnectivityTest {

	@Test
	void randomInDegreesAreBinomial() {
		final int n = 2000, nExc = 1600;
		final double p = 0.02;
		final Connectivity c = Connectivity.random(n, nExc, p, RandomSource.XO_SHI_RO_256_PP.create(7L));
		final int[][] d = c.inDegrees();
		// Excitatory in-degree ~ Binomial(1600, p), inhibitory ~ Binomial(400, p): sample mean within 4 standard
		// errors, sample variance within 4 standard errors of the variance (≈ var·sqrt(2/(n-1)) near-normal).
		checkBinomial(d[0], nExc, p);
		checkBinomial(d[1], n - nExc, p);
		// Total ~ Binomial(n², p).
		final double mean = p * n * (double) n, sd = Math.sqrt(mean * (1 - p));
		assertEquals(mean, c.synapses(), 4 * sd);
		for (int s = 0; s < n; s++) {
			final int[] t = c.targetsOf(s);
			for (int q = 1; q < t.length; q++)
				assertTrue(t[q] > t[q - 1], "row " + s + " ascending, no duplicate");
		}
	}

	private static void checkBinomial(final int[] degrees, final int trials, final double p) {
		final int m = degrees.length;
		double sum = 0, sum2 = 0;
		for (final int k : degrees)
			sum += k;
		final double mean = sum / m;
		for (final int k : degrees)
			sum2 += (k - mean) * (k - mean);
		final double var = sum2 / (m - 1);
		final double mu = trials * p, sigma2 = trials * p * (1 - p);
		assertEquals(mu, mean, 4 * Math.sqrt(sigma2 / m), "mean in-degree");
		assertEquals(sigma2, var, 4 * sigma2 * Math.sqrt(2.0 / (m - 1)), "in-degree variance");
	}

	@Test
	void probabilityZeroAndOneAreExact() {
		assertEquals(0, Connectivity.random(50, 40, 0, RandomSource.XO_SHI_RO_256_PP.create(1L)).synapses());
		final Connectivity all = Connectivity.random(50, 40, 1, RandomSource.XO_SHI_RO_256_PP.create(1L));
		assertEquals(2500, all.synapses());
		for (int s = 0; s < 50; s++)
			assertEquals(50, all.targetsOf(s).length);
	}

	@Test
	void fixedInDegreeGivesDistinctSourcesOfEachKind() {
		final int n = 1000, nExc = 800, kExc = 64, kInh = 16;
		final Connectivity c = Connectivity.fixedInDegree(n, nExc, kExc, kInh, RandomSource.XO_SHI_RO_256_PP
			.create(3L));
		assertEquals(n * (kExc + kInh), c.synapses());
		final int[][] d = c.inDegrees();
		for (int t = 0; t < n; t++) {
			assertEquals(kExc, d[0][t]);
			assertEquals(kInh, d[1][t]);
		}
		// Rows ascending and strictly so: a source never hits one target twice.
		// NB: the out-degrees of the excitatory sources always sum to n·kExc, so their mean decides nothing.
		// Each target picks each excitatory source with probability q = kExc/nExc independently of the
		// other targets, so an out-degree is Binomial(n, q): their sample variance must be n·q(1 - q) within
		// 4 standard errors (SE of a sample variance ≈ σ²·sqrt(2/(N - 1)) for N sources). A sampler that
		// favoured some sources would inflate it; one that spread targets evenly would shrink it.
		final double[] out = new double[nExc];
		for (int s = 0; s < n; s++) {
			final int[] t = c.targetsOf(s);
			for (int q = 1; q < t.length; q++)
				assertTrue(t[q] > t[q - 1], "row " + s);
			if (s < nExc) out[s] = t.length;
		}
		final double q = (double) kExc / nExc, var = n * q * (1 - q);
		assertEquals(var, new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(out), 4 * var *
			Math.sqrt(2.0 / (nExc - 1)), "variance of the excitatory out-degrees");
	}
}
