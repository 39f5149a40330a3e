package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact binomial sampler against the binomial distribution (commons-math3 as the reference). */
class BinomialsTest {

	/**
	 * Sample mean and variance of 200,000 draws within 4 standard errors of n·p and n·p·(1-p), for both
	 * branches (n·p below and above 10), p above ½, and the edges.
	 */
	@ParameterizedTest
	@CsvSource({ "1,0.3", "10,0.05", "60,0.2", "5000,0.0005", "5000,0.005", "6000,0.3", "100000,0.5",
		"1000000,0.02", "40,0.97", "6000,0.999" })
	void meanAndVarianceAreBinomial(final int n, final double p) {
		final UniformRandomProvider r = RandomSource.XO_SHI_RO_256_PP.create(42L);
		final int draws = 200_000;
		double sum = 0, sum2 = 0;
		for (int k = 0; k < draws; k++) {
			final int x = Binomials.sample(r, n, p);
			assertTrue(x >= 0 && x <= n);
			sum += x;
			sum2 += (double) x * x;
		}
		final double mean = sum / draws, var = (sum2 - draws * mean * mean) / (draws - 1);
		final double mu = n * p, sigma2 = n * p * (1 - p);
		assertEquals(mu, mean, 4 * Math.sqrt(sigma2 / draws), "mean");
		// SE of the sample variance: √((μ4 - σ⁴)/draws), μ4 = σ²(1 + 3(n-2)p(1-p)) for the binomial.
		final double mu4 = sigma2 * (1 + 3 * (n - 2) * p * (1 - p));
		assertEquals(sigma2, var, 4 * Math.sqrt(Math.max(mu4 - sigma2 * sigma2, 1e-300) / draws), "variance");
	}

	/** The whole distribution: chi-squared goodness of fit over cells with ≥ 5 expected, p-value > 0.001. */
	@ParameterizedTest
	@CsvSource({ "20,0.3", "3000,0.004", "400,0.25", "2000000,0.001", "100,0.1", "150,0.1", "200,0.12", "5000,0.005",
		"60,0.8", "1000,0.5", "6000,0.3" })
	void distributionFitsByChiSquared(final int n, final double p) {
		final UniformRandomProvider r = RandomSource.XO_SHI_RO_256_PP.create(7L);
		final BinomialDistribution ref = new BinomialDistribution(null, n, p);
		final int draws = 100_000;
		final int lo = Math.max(0, (int) (n * p - 8 * Math.sqrt(n * p * (1 - p)) - 2));
		final int hi = Math.min(n, (int) (n * p + 8 * Math.sqrt(n * p * (1 - p)) + 2));
		final long[] counts = new long[hi - lo + 1];
		for (int k = 0; k < draws; k++) {
			final int x = Binomials.sample(r, n, p);
			counts[Math.min(Math.max(x, lo), hi) - lo]++;
		}
		// Pool the tails into the edge cells and merge cells with expected < 5 into their neighbours.
		double chi2 = 0, e = 0, o = 0;
		int cells = 0;
		for (int x = lo; x <= hi; x++) {
			e += draws * (x == lo ? ref.cumulativeProbability(lo) : x == hi ? 1 - ref.cumulativeProbability(hi - 1) :
				ref.probability(x));
			o += counts[x - lo];
			if (e >= 5 || x == hi) {
				chi2 += (o - e) * (o - e) / e;
				cells++;
				e = 0;
				o = 0;
			}
		}
		final double pValue = 1 - new ChiSquaredDistribution(cells - 1).cumulativeProbability(chi2);
		assertTrue(pValue > 1e-3, "chi² = " + chi2 + " over " + cells + " cells, p = " + pValue);
	}

	/** BTRD's fc(k) = δ(k + 1) against ln Γ(k + 1) from commons-math3, to 1e-12 of ln k!'s Stirling part. */
	@ParameterizedTest
	@CsvSource({ "1", "5", "15", "16", "17", "100", "100000" })
	void stirlingErrorIsLogFactorialsRemainder(final int k) {
		final double ref = Gamma.logGamma(k + 1.0) - ((k + 0.5) * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI));
		assertEquals(ref, Binomials.stirlingError(k), 1e-12 * Math.max(1, Gamma.logGamma(k + 1.0)));
	}
}
