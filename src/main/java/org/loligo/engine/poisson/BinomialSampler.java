package org.loligo.engine.poisson;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws from Binomial(n, p) for a fixed (n, p) by inversion of a tabulated CDF with a guide table
 * (Chen &amp; Asau 1974, J Chinese Inst Eng): O(1) expected time per draw whatever n, one uniform per draw.
 * <p>
 * Accuracy: the table holds {@code P(X ≤ k)} in double precision from commons-math3's binomial pmf
 * (Loader's saddle-point expansion, relative error about 1e-14), for k in
 * {@code [μ - 12σ - 12, μ + 12σ + 12] ∩ [0, n]} (μ = np, σ² = np(1 - p)); the mass outside, far below
 * 1e-17, is given to the end points. Every count thus has its binomial probability to about 1e-14
 * relative, and the result is never negative nor above n — unlike a normal approximation.
 * <p>
 * NB: why not commons-rng's {@code MarsagliaTsangWangDiscreteSampler.Binomial} (checked, version 1.6):
 * it is O(1) but stores probabilities as 30-bit integers (a count whose probability is below 2^-31 ≈ 5e-10
 * is never drawn, the others are rounded to multiples of 2^-30) and it refuses n ≥ 65,536; our rare
 * large counts at small p and our 10⁵-input runs need neither limit.
 * <p>
 * Memory: about 12 bytes per table entry, i.e. O(σ + 1). Not thread-safe: one sampler per stream.
 */
public final class BinomialSampler {

	/** Half-width of the table in standard deviations (plus the same number of counts). */
	private static final double TAILS = 12;

	private final UniformRandomProvider rng;
	private final int n, kMin;
	private final double p;
	/** cdf[j] = P(X ≤ kMin + j); the last entry is exactly 1. Null when X is constant (kMin). */
	private final double[] cdf;
	/** guide[i] = least j with cdf[j] &gt; i / guide.length. */
	private final int[] guide;

	/** A sampler of Binomial(n, p) drawing from {@code rng}. */
	public BinomialSampler(final UniformRandomProvider rng, final int n, final double p) {
		if (n < 0) throw new IllegalArgumentException("binomial n must be >= 0, got " + n);
		if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("binomial p must be in [0, 1], got " + p);
		this.rng = rng;
		this.n = n;
		this.p = p;
		if (n == 0 || p == 0 || p == 1) {
			kMin = p == 1 ? n : 0;
			cdf = null;
			guide = null;
			return;
		}
		final double mu = n * p, sd = Math.sqrt(n * p * (1 - p));
		kMin = (int) Math.max(0, Math.floor(mu - TAILS * sd - TAILS));
		final int kMax = (int) Math.min(n, Math.ceil(mu + TAILS * sd + TAILS));
		final BinomialDistribution d = new BinomialDistribution(null, n, p);
		cdf = new double[kMax - kMin + 1];
		double sum = 0;
		for (int j = 0; j < cdf.length; j++) {
			sum += d.probability(kMin + j);
			cdf[j] = sum;
		}
		cdf[cdf.length - 1] = 1.0; // the far tails (< 1e-17) go to the end, so the search always stops
		guide = new int[cdf.length];
		int j = 0;
		for (int i = 0; i < guide.length; i++) {
			final double u = (double) i / guide.length;
			while (cdf[j] <= u)
				j++;
			guide[i] = j;
		}
	}

	/** One draw: the least k with u &lt; P(X ≤ k) for a uniform u in [0, 1). */
	public int sample() {
		if (cdf == null) return kMin;
		final double u = rng.nextDouble();
		int j = guide[(int) (u * guide.length)];
		while (cdf[j] <= u)
			j++;
		return kMin + j;
	}

	public int n() {
		return n;
	}

	public double p() {
		return p;
	}
}
