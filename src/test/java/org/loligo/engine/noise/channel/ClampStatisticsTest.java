package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.PopulationState;

/**
 * Stationary statistics of the open fractions under a voltage clamp. N independent channels each open
 * with probability p make a binomial count, so the open fraction has mean p and variance p(1-p)/N with
 * p = m∞³h∞ (Na) or n∞⁴ (K). Estimated over M independent neurons (one sample each), fixed seed, bounds
 * of 4 standard errors. markov starts in its stationary distribution (a few steps suffice); diffusion
 * and fox-lu start at the mean and need a burn-in for their fluctuations to build up. dt = 0.02 ms:
 * with the Strang step the diffusion's stationary variance is off by (λdt)²/6 &lt; 0.3 % for the
 * fastest mode (λ = 3(αm + βm) + αh + βh ≈ 6.6/ms), far inside the bound.
 */
class ClampStatisticsTest {

	static final double V = -40, DT = 0.02, AREA = 100; // 6000 Na, 1800 K channels
	static final int M = 3000;
	/** 20 ms: 5.7 times the slowest time constant at -40 mV (τn = 3.5 ms); variance deficit e^-11. */
	static final int BURN_IN = 1000;

	@Test
	void markovHasTheBinomialMeanAndVariance() {
		final double[] r = stats(Method.MARKOV, 10);
		assertBinomial(r, "markov");
	}

	@Test
	void diffusionHasTheBinomialMeanAndVariance() {
		final double[] r = stats(Method.DIFFUSION, BURN_IN);
		assertBinomial(r, "diffusion");
	}

	/**
	 * Fox–Lu gets the mean (up to its O(1/N) bias E[m³] - m∞³ ≈ 3m∞σ_m², within the bound at N = 6000)
	 * but not the variance of the open fraction, which the subunit model is known to misrepresent
	 * (Goldwyn &amp; Shea-Brown 2011): recorded here, not asserted equal.
	 */
	@Test
	void foxLuHasTheMeanButNotTheVariance() {
		final double[] r = stats(Method.FOX_LU, BURN_IN);
		final double pNa = Math.pow(Patches.HH.hh().mInf(V), 3) * Patches.HH.hh().hInf(V), pK = Math.pow(Patches.HH.hh().nInf(
			V), 4);
		final int nNa = 6000, nK = 1800;
		assertMean(r[0], pNa, nNa, "fox-lu Na");
		assertMean(r[2], pK, nK, "fox-lu K");
		System.out.printf("fox-lu variance / binomial variance at %s mV, %s µm²: Na %.3f, K %.3f%n", V, AREA,
			r[1] / (pNa * (1 - pNa) / nNa), r[3] / (pK * (1 - pK) / nK));
	}

	/** {mean Na, var Na, mean K, var K} of the open fractions over M neurons after the burn-in. */
	static double[] stats(final Method method, final int burnInSteps) {
		final ChannelStepper st = Patches.stepper(method, AREA, M, 11, DT);
		final PopulationState s = Patches.at(V, M);
		st.init(s, 0, M);
		Patches.clamp(st, s, V, burnInSteps);
		final double[] na = new double[M], k = new double[M];
		for (int i = 0; i < M; i++) {
			na[i] = Patches.openNa(st, s, i);
			k[i] = Patches.openK(st, s, i);
		}
		return new double[] { mean(na), variance(na), mean(k), variance(k) };
	}

	static void assertBinomial(final double[] r, final String what) {
		final double pNa = Math.pow(Patches.HH.hh().mInf(V), 3) * Patches.HH.hh().hInf(V), pK = Math.pow(Patches.HH.hh().nInf(
			V), 4);
		assertMean(r[0], pNa, 6000, what + " Na");
		assertVariance(r[1], pNa, 6000, what + " Na");
		assertMean(r[2], pK, 1800, what + " K");
		assertVariance(r[3], pK, 1800, what + " K");
	}

	static void assertMean(final double mean, final double p, final int n, final String what) {
		final double se = Math.sqrt(p * (1 - p) / n / M);
		assertEquals(p, mean, 4 * se, what + " mean open fraction");
	}

	/** Sample variance vs p(1-p)/N; its SE from the binomial's fourth central moment. */
	static void assertVariance(final double var, final double p, final int n, final String what) {
		final double sigma2 = p * (1 - p) / n;
		// Fourth central moment of the fraction: σ⁴·(3 + (1 - 6p(1-p))/(N·p(1-p))).
		final double mu4 = sigma2 * sigma2 * (3 + (1 - 6 * p * (1 - p)) / (n * p * (1 - p)));
		final double se = Math.sqrt((mu4 - (M - 3.0) / (M - 1.0) * sigma2 * sigma2) / M);
		assertTrue(Math.abs(var - sigma2) < 4 * se, what + " variance " + var + " vs binomial " + sigma2 +
			" (4 SE = " + 4 * se + ")");
	}

	static double mean(final double[] x) {
		double s = 0;
		for (final double v : x)
			s += v;
		return s / x.length;
	}

	static double variance(final double[] x) {
		final double m = mean(x);
		double s = 0;
		for (final double v : x)
			s += (v - m) * (v - m);
		return s / (x.length - 1);
	}
}
