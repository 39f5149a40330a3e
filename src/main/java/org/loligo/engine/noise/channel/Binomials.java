package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact binomial draws {@code X ~ Bin(n, p)} with n and p free to change at every call (the channel
 * Markov chain needs a new p at every step and state, which rules out samplers that precompute tables
 * per p, such as commons-rng's {@code MarsagliaTsangWangDiscreteSampler.Binomial}).
 * <p>
 * Both branches are inversion of one uniform u over the probability mass function, so a draw has
 * exactly the binomial distribution up to the rounding of the pmf in double precision (relative error
 * of the pmf about 1e-13 here, far below anything a sample could detect):
 * <ul>
 * <li>{@code n·min(p, 1-p) < 16}: sequential search from 0, with {@code P(0) = (1-p)^n} and the
 * recursion {@code P(k+1) = P(k)·(n-k)/(k+1)·p/(1-p)}; expected cost n·p + 1 iterations.</li>
 * <li>otherwise: search outward from the mode, visiting mode, mode+1, mode-1, mode+2, … and
 * subtracting each probability from u until u falls below 0 (inversion in another order of the
 * outcomes, still exact); expected cost O(√(n·p·(1-p))). The pmf at the mode comes from Loader's
 * saddle-point form, accurate to a few ulp (Loader C, "Fast and accurate computation of binomial
 * probabilities", 2000; the same form as R's {@code dbinom}):
 * {@code P(k) = √(n/(2π k (n-k))) · exp(δ(n) - δ(k) - δ(n-k) - D(k, np) - D(n-k, nq))}, with δ the
 * Stirling-series remainder of log k! and {@code D(x, M) = x·ln(x/M) + M - x}.</li>
 * </ul>
 * p &gt; 1/2 is drawn as {@code n - Bin(n, 1-p)} so that both branches work on the small side.
 * Stateless and thread-safe; the randomness is the caller's generator (one uniform per draw).
 */
public final class Binomials {

	/** Below this n·p the sequential search from 0 is cheaper than the modal search. */
	static final double SMALL_MEAN = 16;
	private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
	/** δ(k) = ln k! - ((k + ½)·ln k - k + ln √(2π)) for k < 16, from exact factorials. */
	private static final double[] STIRLING_ERROR = new double[16];

	static {
		double f = 1;
		for (int k = 1; k < STIRLING_ERROR.length; k++) {
			f *= k; // exact in double up to 18!
			STIRLING_ERROR[k] = Math.log(f) - ((k + 0.5) * Math.log(k) - k + LN_SQRT_2PI);
		}
	}

	private Binomials() {}

	/** A draw from Bin(n, p); n ≥ 0, p in [0, 1] (not checked: callers pass valid values). */
	public static int sample(final UniformRandomProvider rng, final int n, final double p) {
		if (n <= 0 || p <= 0) return 0;
		if (p >= 1) return n;
		return p <= 0.5 ? small(rng, n, p, 1 - p) : n - small(rng, n, 1 - p, p);
	}

	/** Bin(n, p) for p ≤ ½, with q = 1 - p passed so that the caller's rounding is not repeated. */
	private static int small(final UniformRandomProvider rng, final int n, final double p, final double q) {
		final double mean = n * p;
		final double r = p / q;
		double u = rng.nextDouble();
		if (mean < SMALL_MEAN) {
			double f = Math.exp(n * Math.log1p(-p)); // P(0) ≥ e^-23 here, no underflow
			int k = 0;
			while (u >= f) {
				if (k == n) return n; // only reachable through rounding of the pmf's sum
				u -= f;
				f *= r * (n - k) / (k + 1);
				k++;
			}
			return k;
		}
		final int mode = (int) ((n + 1) * p); // ≥ 15 and ≤ n - 15 here
		final double f0 = pmf(n, mode, p, q);
		u -= f0;
		if (u < 0) return mode;
		double fUp = f0, fDown = f0;
		int up = mode, down = mode;
		while (true) {
			if (up < n) {
				fUp *= r * (n - up) / (up + 1);
				up++;
				u -= fUp;
				if (u < 0) return up;
			}
			if (down > 0) {
				fDown *= down / (r * (n - down + 1));
				down--;
				u -= fDown;
				if (u < 0) return down;
			}
			if (up >= n && down <= 0) return mode; // rounding left a sliver of u: probability ~1e-13
		}
	}

	/** P(X = k) for X ~ Bin(n, p), 0 &lt; k &lt; n, by Loader's saddle-point form. */
	static double pmf(final int n, final int k, final double p, final double q) {
		final double lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) -
			deviance(n - k, n * q);
		return Math.sqrt(n / (2 * Math.PI * k * (double) (n - k))) * Math.exp(lc);
	}

	/** δ(k) = ln k! - ((k + ½)·ln k - k + ln √(2π)), k ≥ 1: a table, then the Stirling series. */
	static double stirlingError(final int k) {
		if (k < STIRLING_ERROR.length) return STIRLING_ERROR[k];
		final double kk = (double) k * k;
		// 1/(12k) - 1/(360k³) + 1/(1260k⁵) - 1/(1680k⁷) + 1/(1188k⁹); next term < 1e-14 relative at k = 16
		return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / kk) / kk) / kk) / kk) / k;
	}

	/** D(x, M) = x·ln(x/M) + M - x, by a series when x is near M (where the direct form cancels). */
	static double deviance(final double x, final double m) {
		if (Math.abs(x - m) < 0.1 * (x + m)) {
			final double v = (x - m) / (x + m);
			final double v2 = v * v;
			double s = (x - m) * v;
			double ej = 2 * x * v;
			for (int j = 1; j < 1000; j++) {
				ej *= v2;
				final double s1 = s + ej / (2 * j + 1);
				if (s1 == s) return s1;
				s = s1;
			}
			return s;
		}
		return x * Math.log(x / m) + m - x;
	}
}
