package org.loligo.engine.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * {@link GaussianStream} draws exactly N(0, 1): moments, tail probabilities, a χ² over the ziggurat's own
 * layer boundaries and Kolmogorov–Smirnov distances (whole range and the tail beyond r, the two rare
 * branches) against the exact normal CDF, all with fixed seeds; its generator is xoshiro256++ bit for bit,
 * its tables those of Marsaglia &amp; Tsang (2000).
 */
class GaussianStreamTest {

	private static final int N = 10_000_000;

	/** Φ(z), exact to double rounding (erfc keeps its relative accuracy in the tails). */
	private static double phi(final double z) {
		return 0.5 * Erf.erfc(-z / Math.sqrt(2));
	}

	private static double[] draws(final long seed, final int n) {
		final GaussianStream g = new GaussianStream(RandomSource.XO_SHI_RO_256_PP.create(seed));
		final double[] x = new double[n];
		g.fill(x, 0, n, 1, 1);
		return x;
	}

	@Test
	void tablesAreMarsagliaTsangs() {
		// Marsaglia & Tsang (2000), J Stat Softw 5(8): r = 3.6541528853610088, v = 4.92867323399e-3 (256 layers)
		assertEquals(3.6541528853610088, ZigguratTables.R, 1e-13);
		assertEquals(4.92867323399e-3, ZigguratTables.V, 5e-14); // the paper gives 12 digits
		// every layer has area v, the top one ends at f = 1
		for (int i = 1; i < ZigguratTables.LAYERS; i++)
			assertEquals(ZigguratTables.V, ZigguratTables.XS[i] * (ZigguratTables.F[i + 1] - ZigguratTables.F[i]),
				1e-14, "layer " + i);
		assertEquals(0, ZigguratTables.XS[ZigguratTables.LAYERS]);
	}

	@Test
	void generatorIsXoshiro256PlusPlus() {
		final long[] state = { 0x0123456789abcdefL, 0x7f4a7c159e3779b9L, -42L, 1L };
		final UniformRandomProvider reference = RandomSource.XO_SHI_RO_256_PP.create(state.clone());
		final GaussianStream g = new GaussianStream(state[0], state[1], state[2], state[3]);
		for (int k = 0; k < 1000; k++)
			assertEquals(reference.nextLong(), g.nextLong(), "word " + k);
	}

	@Test
	void fillGivesTheDrawsOfSample() {
		final double[] block = new double[3 * 1000];
		final GaussianStream a = new GaussianStream(RandomSource.XO_SHI_RO_256_PP.create(7L));
		a.fill(block, 1, 1000, 3, 2.5);
		final GaussianStream b = new GaussianStream(RandomSource.XO_SHI_RO_256_PP.create(7L));
		final double[] one = new double[1000], strided = new double[1000];
		for (int q = 0; q < 1000; q++) {
			one[q] = 2.5 * b.sample();
			strided[q] = block[1 + 3 * q];
		}
		assertArrayEquals(one, strided, 0);
	}

	@Test
	void momentsAreThoseOfTheStandardNormal() {
		final double[] x = draws(11, N);
		double s1 = 0, s2 = 0, s3 = 0, s4 = 0;
		for (final double z : x) {
			final double z2 = z * z;
			s1 += z;
			s2 += z2;
			s3 += z2 * z;
			s4 += z2 * z2;
		}
		final double mean = s1 / N, var = s2 / N - mean * mean, skew = s3 / N, kurt = s4 / N;
		// SEs of the sample moments of N(0, 1): 1/√n, √(2/n), √(15/n) (E z³), √(96/n) (E z⁴); 4 SE
		assertEquals(0, mean, 4 / Math.sqrt(N));
		assertEquals(1, var, 4 * Math.sqrt(2.0 / N));
		assertEquals(0, skew, 4 * Math.sqrt(15.0 / N));
		assertEquals(3, kurt, 4 * Math.sqrt(96.0 / N));
	}

	@Test
	void tailProbabilitiesAreExact() {
		final double[] x = draws(12, N);
		for (final double c : new double[] { 2, 3, 4, ZigguratTables.R }) {
			long beyond = 0;
			for (final double z : x)
				if (Math.abs(z) > c) beyond++;
			final double p = 2 * phi(-c); // P(|z| > 2) = 0.0455003, > 3: 0.0026998, > 4: 6.3342e-5
			final double se = Math.sqrt(N * p * (1 - p));
			assertEquals(N * p, beyond, 4 * se, "P(|z| > " + c + ")");
		}
	}

	@Test
	void kolmogorovSmirnovAgainstTheExactCdf() {
		for (final long seed : new long[] { 1, 2, 3 }) {
			final double[] x = draws(seed, 1_000_000);
			Arrays.sort(x);
			double d = 0;
			for (int k = 0; k < x.length; k++) {
				final double f = phi(x[k]);
				d = Math.max(d, Math.max((k + 1.0) / x.length - f, f - (double) k / x.length));
			}
			// √n·D > 1.95 has probability 0.001 under N(0, 1)
			assertTrue(Math.sqrt(x.length) * d < 1.95, "seed " + seed + ": √n·D = " + Math.sqrt(x.length) * d);
		}
	}

	@Test
	void tailBeyondRIsExact() {
		// the tail branch: |z| > r conditioned, KS against (Φ(-r) - Φ(-|z|))/Φ(-r), ~ 25,800 of 10⁸ draws
		final GaussianStream g = new GaussianStream(RandomSource.XO_SHI_RO_256_PP.create(13L));
		final double r = ZigguratTables.R;
		final double[] block = new double[1 << 20];
		double[] tail = new double[40_000];
		int n = 0;
		for (int b = 0; b < 100; b++) {
			g.fill(block, 0, block.length, 1, 1);
			for (final double z : block)
				if (Math.abs(z) > r) tail[n++] = Math.abs(z);
		}
		tail = Arrays.copyOf(tail, n);
		Arrays.sort(tail);
		final double pr = phi(-r);
		double d = 0;
		for (int k = 0; k < n; k++) {
			final double f = (pr - phi(-tail[k])) / pr;
			d = Math.max(d, Math.max((k + 1.0) / n - f, f - (double) k / n));
		}
		assertTrue(Math.sqrt(n) * d < 1.95, "√n·D = " + Math.sqrt(n) * d + " over " + n + " tail draws");
		final double expected = 100.0 * block.length * 2 * pr;
		assertEquals(expected, n, 4 * Math.sqrt(expected));
	}

	@Test
	void chiSquareOverTheLayersMatches() {
		// bins at the ziggurat's own boundaries ±x_i: each layer's inner part and wedge land in known bins
		final double[] edges = new double[ZigguratTables.LAYERS];
		for (int i = 1; i < ZigguratTables.LAYERS; i++)
			edges[i - 1] = ZigguratTables.XS[i]; // r = x_1 > x_2 > … > x_255
		Arrays.sort(edges, 0, ZigguratTables.LAYERS - 1);
		final int m = ZigguratTables.LAYERS - 1; // edges[0, m) ascending; bins [0, e0), [e0, e1), …, [e_{m-1}, ∞) per sign
		final long[] counts = new long[2 * (m + 1)];
		final double[] x = draws(14, N);
		for (final double z : x) {
			int k = Arrays.binarySearch(edges, 0, m, Math.abs(z));
			if (k < 0) k = -k - 1;
			else k++;
			counts[(z < 0 ? m + 1 : 0) + k]++;
		}
		double chi2 = 0;
		for (int s = 0; s < 2; s++)
			for (int k = 0; k <= m; k++) {
				final double lo = k == 0 ? 0 : edges[k - 1], hi = k == m ? Double.POSITIVE_INFINITY : edges[k];
				final double e = N * (phi(-lo) - phi(-hi));
				final double o = counts[s * (m + 1) + k];
				chi2 += (o - e) * (o - e) / e;
			}
		final int dof = 2 * (m + 1) - 1;
		final double p = 1 - new ChiSquaredDistribution(dof).cumulativeProbability(chi2);
		assertTrue(p > 0.001, "χ² = " + chi2 + " on " + dof + " degrees of freedom, p = " + p);
	}
}
