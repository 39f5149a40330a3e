package org.loligo.analysis.isi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Statistical checks on processes with known values, each with a fixed seed and a bound of 5 standard
 * errors derived below for n = 20,000 intervals (a wrong definition misses by far more).
 * <p>
 * Delta method for CV = s/m with ddof = 0 of iid intervals with moments μ, σ², μ3, μ4:
 * n·Var(CV) ≈ c²σ²/μ² + (μ4 − σ⁴)/(4μ²σ²) − cμ3/(μ²σ). Gamma of order k (scale 1: μ = σ² = k,
 * μ3 = 2k, μ4 = 3k² + 6k) gives (k + 1)/(2k²): 1 for Poisson (k = 1), 5/32 for k = 4.
 * <p>
 * LV is the mean of X_i = 3w_i², w = (a − b)/(a + b) of two iid gamma(k) intervals, so (w + 1)/2 is
 * Beta(k, k): E w² = 1/(2k + 1) (hence LV = 3/(2k + 1)), E w⁴ = 3/((2k + 1)(2k + 3)). Consecutive X_i
 * share an interval and are 1-dependent, so Var(mean) = (Var X + 2 Cov)/n ≤ 3 Var X / n (|Cov| ≤ Var).
 * Var X = 9(E w⁴ − (E w²)²): 0.8 for k = 1, 0.1616 for k = 4. CV2 for Poisson is the mean of 2|w|, w
 * uniform on (−1, 1): E = 1, Var = 1/3, bound 3·(1/3)/n.
 * <p>
 * Serial correlation (Bartlett 1946): Var r_k ≈ (1 + 2 Σ_{j<k} ρ_j²)/n; 1/n for a renewal process.
 * Fano factor of Poisson counts in K windows: (K − 1)F is χ² with K − 1 degrees of freedom, SD ≈ √(2/K).
 */
class IsiRenewalTest {

	static final int N = 20_000;

	static double[] renewal(final ContinuousSampler isi, final int n) {
		final double[] t = new double[n + 1];
		for (int i = 0; i < n; i++)
			t[i + 1] = t[i] + isi.sample();
		return t;
	}

	static UniformRandomProvider rng(final long seed) {
		return RandomSource.XO_SHI_RO_256_PP.create(seed);
	}

	@Test
	void poissonTrain() {
		// 50 Hz: exponential ISIs of mean 20 ms.
		final double[] t = renewal(ZigguratSampler.Exponential.of(rng(1), 20), N);
		final IsiReport r = IsiAnalysis.run(SpikeTrains.of(t), IsiSettings.DEFAULTS.withRefractoryPeriod(0));
		final IsiStatistics s = r.pooled();
		assertEquals(20, s.meanIsi(), 5 * 20 / Math.sqrt(N));
		assertEquals(1, s.cv(), 5 / Math.sqrt(N));
		assertEquals(1, s.cv2(), 5 * Math.sqrt(3 * (1.0 / 3) / N));
		assertEquals(1, s.lv(), 5 * Math.sqrt(3 * 0.8 / N));
		assertEquals(s.lv(), s.lvr(), 1e-12); // R = 0
		// 100 ms windows: K ≈ 4,000 counts of mean 5.
		final long windows = (long) (t[N] / 100);
		assertEquals(1, s.fanoFactor(), 5 * Math.sqrt(2.0 / windows));
		for (int k = 1; k <= 5; k++)
			assertEquals(0, r.serialCorrelation()[k - 1], 5 / Math.sqrt(N), "lag " + k);
		assertEquals(N - 1, r.serialPairs()[0]);
	}

	@Test
	void lvrOfGammaRenewalWithRefractoriness() {
		// For two iid gamma(k, θ) intervals a, b, w = (a − b)/(a + b) is independent of S = a + b, which is
		// gamma(2k, θ): E[1/S] = 1/(θ(2k − 1)), E[1/S²] = 1/(θ²(2k − 1)(2k − 2)). Hence
		// E[LvR] = 3 E[w²] (1 + 4R E[1/S]) = 3/(2k + 1) · (1 + 4R/(θ(2k − 1))).
		// k = 4, θ = 5 ms, R = 5 ms: (1/3)(1 + 20/35) = 11/21 ≈ 0.524 (LV = 1/3; a factor 2R would give 0.429).
		// Var of a term X = 3w²(1 + 4R/S) is E[X²] − E[X]² = 9 E[w⁴] E[(1 + 4R/S)²] − (11/21)², with
		// E[(1 + c/S)²] = 1 + 2c/35 + c²/1050 for c = 20: 53/21; bound 5·√(3 Var X / n) as for LV.
		final int k = 4;
		final double theta = 5, r = 5;
		final double[] t = renewal(AhrensDieterMarsagliaTsangGammaSampler.of(rng(2), k, theta), N);
		final IsiStatistics s = IsiStatistics.of(t, IsiSettings.DEFAULTS.withRefractoryPeriod(r));
		final double expected = 3.0 / (2 * k + 1) * (1 + 4 * r / (theta * (2 * k - 1)));
		assertEquals(11.0 / 21, expected, 1e-12);
		final double varX = 9 * (3.0 / 99) * (53.0 / 21) - expected * expected;
		assertEquals(expected, s.lvr(), 5 * Math.sqrt(3 * varX / N));
	}

	@Test
	void gammaRenewalOfOrderFour() {
		final int k = 4;
		final double[] t = renewal(AhrensDieterMarsagliaTsangGammaSampler.of(rng(3), k, 5), N); // mean 20 ms
		final IsiReport r = IsiAnalysis.run(SpikeTrains.of(t), IsiSettings.DEFAULTS);
		final IsiStatistics s = r.pooled();
		assertEquals(1 / Math.sqrt(k), s.cv(), 5 * Math.sqrt((k + 1.0) / (2.0 * k * k) / N));
		final double varX = 9 * (3.0 / ((2 * k + 1) * (2 * k + 3)) - 1.0 / ((2 * k + 1) * (2 * k + 1)));
		assertEquals(0.1616, varX, 1e-4);
		assertEquals(3.0 / (2 * k + 1), s.lv(), 5 * Math.sqrt(3 * varX / N));
		for (int lag = 1; lag <= 5; lag++)
			assertEquals(0, r.serialCorrelation()[lag - 1], 5 / Math.sqrt(N), "lag " + lag);
	}

	@Test
	void gammaRenewalOfOrderTwo() {
		final int k = 2;
		final double[] t = renewal(AhrensDieterMarsagliaTsangGammaSampler.of(rng(4), k, 10), N);
		final IsiStatistics s = IsiStatistics.of(t);
		assertEquals(1 / Math.sqrt(k), s.cv(), 5 * Math.sqrt((k + 1.0) / (2.0 * k * k) / N));
		final double varX = 9 * (3.0 / ((2 * k + 1) * (2 * k + 3)) - 1.0 / ((2 * k + 1) * (2 * k + 1)));
		assertEquals(3.0 / (2 * k + 1), s.lv(), 5 * Math.sqrt(3 * varX / N));
	}

	@Test
	void movingAverageIntervalsHaveLagOneCorrelationMinusOneHalf() {
		// I_i = 1 + u_i − u_{i−1} (ms), u uniform on [0, 1): Var I = 2 Var u, Cov(I_i, I_{i+1}) = −Var u,
		// so ρ_1 = −1/2 and ρ_k = 0 for k ≥ 2 (an MA(1) process). Bartlett: Var r_1 ≈ (1 − 3ρ_1² + 4ρ_1⁴)/n
		// = 0.5/n; Var r_k ≈ (1 + 2ρ_1²)/n = 1.5/n for k ≥ 2.
		final UniformRandomProvider rng = rng(5);
		final double[] t = new double[N + 1];
		double previous = rng.nextDouble();
		for (int i = 0; i < N; i++) {
			final double u = rng.nextDouble();
			t[i + 1] = t[i] + 1 + u - previous;
			previous = u;
		}
		final IsiReport r = IsiAnalysis.run(SpikeTrains.of(t), IsiSettings.DEFAULTS.withMaxLag(4));
		assertEquals(-0.5, r.serialCorrelation()[0], 5 * Math.sqrt(0.5 / N));
		for (int k = 2; k <= 4; k++)
			assertEquals(0, r.serialCorrelation()[k - 1], 5 * Math.sqrt(1.5 / N), "lag " + k);
	}
}
