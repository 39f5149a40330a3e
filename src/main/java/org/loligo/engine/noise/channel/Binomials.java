package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact binomial draws {@code X ~ Bin(n, p)} with n and p free to change at every call (the channel
 * Markov chain needs a new p at every step and state, which rules out samplers that precompute tables
 * per p, such as commons-rng's {@code MarsagliaTsangWangDiscreteSampler.Binomial}).
 * <ul>
 * <li>{@code n·min(p, 1-p) < 10}: inversion of one uniform u by sequential search from 0, with
 * {@code P(0) = q^n} and the recursion {@code P(k+1) = P(k)·(n-k)/(k+1)·p/q}; expected cost n·p + 1
 * iterations.</li>
 * <li>otherwise: Hörmann's BTRD, transformed rejection with a decomposition (Hörmann W, "The generation of
 * binomial random variables", J Stat Comput Simul 46:101–110, 1993): a point under a hat made of a
 * transformed uniform is accepted when it falls under the binomial pmf, judged by a squeeze that needs no
 * logarithm in about 86 % of draws, by the pmf ratio to the mode for |k - mode| ≤ 15, else by Stirling's
 * series; rejection sampling from the exact pmf, so exact as well, in O(1) expected time whatever
 * n·p (about 1.2 uniforms per draw), where the modal search it replaces cost O(√(n·p·q)) steps and a
 * saddle-point pmf with four transcendental functions per draw.</li>
 * </ul>
 * Both are exact up to the rounding of the pmf in double precision (relative error of the pmf about
 * 1e-12 here, far below anything a sample could detect; {@code BinomialsTest} fits both branches by χ²).
 * p &gt; 1/2 is drawn as {@code n - Bin(n, 1-p)} so that both branches work on the small side.
 * Stateless and thread-safe; the randomness is the caller's generator.
 */
public final class Binomials {

	/** Below this n·p the sequential search from 0; from it BTRD (Hörmann's bound: n·p ≥ 10). */
	static final double SMALL_MEAN = 10;
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

	/**
	 * A draw from Bin(n, p) given both p and q = 1 - p (n ≥ 0, p in [0, 1], not checked): the caller keeps the
	 * relative accuracy of whichever is small (e.g. a probability of staying put close to 1).
	 */
	public static int sample(final UniformRandomProvider rng, final int n, final double p, final double q) {
		if (n <= 0 || p <= 0) return 0;
		if (q <= 0) return n;
		return p <= q ? small(rng, n, p, q) : n - small(rng, n, q, p);
	}

	/** Bin(n, p) for p ≤ ½, with q = 1 - p passed so that the caller's rounding is not repeated. */
	private static int small(final UniformRandomProvider rng, final int n, final double p, final double q) {
		if (n * p >= SMALL_MEAN) return btrd(rng, n, p, q);
		final double r = p / q;
		double u = rng.nextDouble();
		double f = Math.exp(n * Math.log(q)); // P(0) ≥ e^-14 here, no underflow
		int k = 0;
		while (u >= f) {
			if (k == n) return n; // only reachable through rounding of the pmf's sum
			u -= f;
			f *= r * (n - k) / (k + 1);
			k++;
		}
		return k;
	}

	/**
	 * Hörmann's BTRD for p ≤ ½ and n·p ≥ 10 (step numbers of the paper). The hat is
	 * {@code k = ⌊(2a/(½ - |u|) + b)·u + c⌋} of u uniform on (-½, ½), a transformed-rejection hat of the
	 * pmf scaled to 1 at the mode m; v uniform under it.
	 */
	private static int btrd(final UniformRandomProvider rng, final int n, final double p, final double q) {
		final double np = n * p, npq = np * q, spq = Math.sqrt(npq);
		final int m = (int) ((n + 1) * p);
		final double r = p / q, nr = (n + 1) * r;
		final double b = 1.15 + 2.53 * spq, a = -0.0873 + 0.0248 * b + 0.01 * p, c = np + 0.5;
		final double alpha = (2.83 + 5.1 / b) * spq, vr = 0.92 - 4.2 / b, urvr = 0.86 * vr;
		while (true) {
			double v = rng.nextDouble();
			double u;
			if (v <= urvr) { // 1: the central box, accepted at once
				u = v / vr - 0.43;
				final double k = Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
				if (k >= 0 && k <= n) return (int) k;
				continue;
			}
			if (v >= vr) u = rng.nextDouble() - 0.5; // 2: a fresh point of the hat
			else {
				u = v / vr - 0.93;
				u = Math.copySign(0.5, u) - u;
				v = rng.nextDouble() * vr;
			}
			final double us = 0.5 - Math.abs(u); // 3.0
			final double kd = Math.floor((2 * a / us + b) * u + c);
			if (kd < 0 || kd > n) continue;
			final int k = (int) kd;
			v = v * alpha / (a / (us * us) + b);
			final int km = Math.abs(k - m);
			if (km <= 15) { // 3.1: the pmf ratio P(k)/P(m) by its recursion
				double f = 1;
				if (m < k) for (int i = m + 1; i <= k; i++)
					f *= nr / i - r;
				else if (m > k) for (int i = k + 1; i <= m; i++)
					v *= nr / i - r;
				if (v <= f) return k;
				continue;
			}
			v = Math.log(v); // 3.2: squeeze on log(P(k)/P(m)) around its normal approximation
			final double rho = km / npq * (((km / 3.0 + 0.625) * km + 1.0 / 6) / npq + 0.5);
			final double t = -(double) km * km / (2 * npq);
			if (v < t - rho) return k;
			if (v > t + rho) continue;
			final int nm = n - m + 1, nk = n - k + 1; // 3.3: log(P(k)/P(m)) by Stirling's series
			final double h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
			if (v <= h + (n + 1) * Math.log((double) nm / nk) + (k + 0.5) * Math.log(nk * r / (k + 1)) - fc(k) -
				fc(n - k)) return k;
		}
	}

	/** Hörmann's fc(k) = ln k! - (k + ½)·ln(k + 1) + (k + 1) - ln √(2π), which is δ(k + 1). */
	private static double fc(final int k) {
		return stirlingError(k + 1);
	}

	/** δ(k) = ln k! - ((k + ½)·ln k - k + ln √(2π)), k ≥ 1: a table, then the Stirling series. */
	static double stirlingError(final int k) {
		if (k < STIRLING_ERROR.length) return STIRLING_ERROR[k];
		final double kk = (double) k * k;
		// 1/(12k) - 1/(360k³) + 1/(1260k⁵) - 1/(1680k⁷) + 1/(1188k⁹); next term < 1e-14 relative at k = 16
		return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / kk) / kk) / kk) / kk) / k;
	}
}
