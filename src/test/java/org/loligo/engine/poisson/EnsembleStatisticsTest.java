package org.loligo.engine.poisson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loligo.engine.poisson.PoissonTestSupport.input;
import static org.loligo.engine.poisson.PoissonTestSupport.spec;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;
import org.loligo.engine.poisson.PoissonInput.Mode;

/** Whole runs against theory: shot noise (Campbell) and the agreement of the two input modes. */
class EnsembleStatisticsTest {

	/**
	 * Campbell's theorem for the binned shot noise. Sampled at the end of each step,
	 * {@code g_k = a·g_{k-1} + w·c_k} with i.i.d. counts c ~ Binomial(N, q) (mean μ = Nq, variance
	 * σ² = Nq(1 - q)) and a = e^{-dt/τ}, so in the stationary state
	 * {@code E[g] = wμ/(1 - a)} and {@code Var[g] = w²σ²/(1 - a²)}. With λ = N·rate·p (1/ms) and
	 * μ = λ·dt these tend, as dt → 0, to Campbell's {@code λwτ} and {@code λw²τ/2}; at the dt used the
	 * binning corrections are +1 % (mean) and +2 % (variance): the limits are checked to those margins,
	 * the discrete formulas against the simulation (mean to about ±1 %, variance to about ±11 %, 5 SE).
	 * Standard errors from 100 batch means over batches of 40τ (nearly independent); bound 5 SE.
	 */
	@Test
	void conductanceShotNoiseFollowsCampbell() {
		final double dt = 0.1, tau = 5, w = 0.001, rate = 20, p = 0.5;
		final int n = 1000;
		final SynapseSpec syn = new SynapseSpec(SynapseSpec.Kind.CONDUCTANCE, 1, 4, w, 0, 0, -80, tau, 10);
		final PoissonSpec s = spec(input(n, 0, rate, p, Mode.SUPERPOSED), syn, 0, 1, 20_100, dt, dt, 7, 1);
		final double[] g = PoissonRunner.run(s).trace().gExc();
		final double q = rate * dt / 1000 * p, a = Math.exp(-dt / tau);
		final double mean = w * n * q / (1 - a), var = w * w * n * q * (1 - q) / (1 - a * a);
		final double lambda = n * rate * p / 1000;
		assertEquals(lambda * w * tau, mean, 0.011 * mean, "binning correction to the mean is ~1 %");
		assertEquals(lambda * w * w * tau / 2, var, 0.021 * var, "binning correction to the variance is ~2 %");

		final int skip = (int) (100 / dt), batches = 100, len = (g.length - skip) / batches;
		final double[] bm = new double[batches], bv = new double[batches];
		for (int b = 0; b < batches; b++) {
			double sum = 0, ss = 0;
			for (int j = 0; j < len; j++) {
				final double x = g[skip + b * len + j];
				sum += x;
				ss += (x - mean) * (x - mean);
			}
			bm[b] = sum / len;
			bv[b] = ss / len;
		}
		final double m = new Mean().evaluate(bm), v = new Mean().evaluate(bv);
		final double seM = new StandardDeviation().evaluate(bm) / Math.sqrt(batches);
		final double seV = new StandardDeviation().evaluate(bv) / Math.sqrt(batches);
		assertEquals(mean, m, 5 * seM, "mean of g_E");
		assertEquals(var, v, 5 * seV, "variance of g_E");
		assertTrue(5 * seM < 0.015 * mean && 5 * seV < 0.15 * var, "too few samples to decide: SE " + seM + ", " +
			seV);
	}

	/**
	 * Superposed and explicit inputs give the same per-step count distribution, so per-trial output rates
	 * must agree: Mann–Whitney at the 0.1 % level and means within 4 combined standard errors
	 * (fixed seeds; 100 trials each, enough that 4 SE is under 10 % of the rate).
	 */
	@Test
	void superposedAndExplicitModesGiveTheSameOutputRates() {
		final SynapseSpec kick = SynapseSpec.kick(1, 4);
		final double[] sup = PoissonRunner.run(spec(input(80, 20, 50, 0.5, Mode.SUPERPOSED), kick, 3, 100, 200, 0.02,
			1, 101, 0)).rates();
		final double[] exp = PoissonRunner.run(spec(input(80, 20, 50, 0.5, Mode.EXPLICIT), kick, 3, 100, 200, 0.02,
			1, 202, 0)).rates();
		final double mS = new Mean().evaluate(sup), mE = new Mean().evaluate(exp);
		assertTrue(mS > 5, "the drive should make the neuron fire: " + mS + " Hz");
		final double se = Math.hypot(new StandardDeviation().evaluate(sup), new StandardDeviation().evaluate(exp)) /
			Math.sqrt(100);
		assertTrue(4 * se < 0.1 * mS, "too few trials to decide: 4 SE = " + 4 * se + " Hz at " + mS + " Hz");
		assertEquals(mS, mE, 4 * se, "mean output rates (Hz)");
		final double pValue = new MannWhitneyUTest().mannWhitneyUTest(sup, exp);
		assertTrue(pValue > 1e-3, "Mann-Whitney p = " + pValue + " (" + mS + " vs " + mE + " Hz)");
	}
}
