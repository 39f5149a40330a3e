package org.loligo.engine.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * Euler–Maruyama on geometric Brownian motion {@code dX = λX dt + μX dW}, whose exact solution
 * {@code X(T) = X0·exp((λ - μ²/2)T + μW(T))} is known path by path: the experiments of Higham (2001,
 * SIAM Rev 43:525, §5), with a fixed seed.
 */
class EulerMaruyamaTest {

	/** GBM with rate λ and volatility μ. */
	static EulerMaruyama.Sde gbm(final double lambda, final double mu) {
		return new EulerMaruyama.Sde() {

			@Override
			public int dimension() {
				return 1;
			}

			@Override
			public void drift(final double t, final double[] x, final double[] out) {
				out[0] = lambda * x[0];
			}

			@Override
			public void diffusion(final double t, final double[] x, final double[] out) {
				out[0] = mu * x[0];
			}
		};
	}

	/**
	 * For each of {@code paths} Brownian paths sampled at δt = T/2^fineLog2, and each step R·δt with
	 * R = 2^r, r = 0..4: the mean over paths of {@code X_EM(T) - X(T)} (signed, for the weak error) and of
	 * its absolute value (strong error). Same paths for every step size, as in Higham's code.
	 */
	static double[][] errors(final double lambda, final double mu, final int paths, final int fineLog2,
		final long seed)
	{
		final double T = 1, x0 = 1;
		final int fine = 1 << fineLog2;
		final double dtFine = T / fine;
		final UniformRandomProvider rng = RandomStreams.streams(seed, 1)[0];
		final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
		final EulerMaruyama em = new EulerMaruyama(gbm(lambda, mu));
		final double[][] out = new double[2][5];
		final double[] dWFine = new double[fine];
		final double[] x = new double[1], dW = new double[1];
		for (int p = 0; p < paths; p++) {
			double w = 0;
			for (int j = 0; j < fine; j++) {
				dWFine[j] = Math.sqrt(dtFine) * g.sample();
				w += dWFine[j];
			}
			final double exact = x0 * Math.exp((lambda - 0.5 * mu * mu) * T + mu * w);
			for (int r = 0; r < 5; r++) {
				final int R = 1 << r;
				x[0] = x0;
				for (int j = 0; j < fine; j += R) {
					double sum = 0;
					for (int q = j; q < j + R; q++)
						sum += dWFine[q];
					dW[0] = sum;
					em.step(j * dtFine, x, R * dtFine, dW);
				}
				out[0][r] += (x[0] - exact) / paths;
				out[1][r] += Math.abs(x[0] - exact) / paths;
			}
		}
		return out;
	}

	/** Least-squares slope of log(error) against log(R·δt). */
	static double slope(final double[] err) {
		double sx = 0, sy = 0, sxx = 0, sxy = 0;
		for (int r = 0; r < err.length; r++) {
			final double lx = Math.log(1 << r), ly = Math.log(Math.abs(err[r]));
			sx += lx;
			sy += ly;
			sxx += lx * lx;
			sxy += lx * ly;
		}
		final int n = err.length;
		return (n * sxy - sx * sy) / (n * sxx - sx * sx);
	}

	@Test
	void strongOrderIsOneHalf() {
		// Higham's parameters: λ = 2, μ = 1, T = 1, δt = 2^-9, 1000 paths; he reports a slope of 0.5384.
		final double q = slope(errors(2, 1, 1000, 9, 20010101L)[1]);
		assertEquals(0.5, q, 0.1, "strong order");
	}

	@Test
	void weakOrderIsOne() {
		// Higham uses μ = 0.1 for the weak test. The signed error is averaged over the same paths as the
		// exact solution, so its Monte Carlo noise is that of the (small) pathwise error, not of X itself.
		final double[] weak = errors(2, 0.1, 20000, 9, 7L)[0];
		final double q = slope(weak);
		assertEquals(1.0, q, 0.1, "weak order");
		// Leading term of the weak error of EM for GBM: E X_EM(T) = (1 + λh)^(T/h) ≈ e^(λT)(1 - λ²Th/2).
		final double h = 1.0 / (1 << 9);
		final double predicted = Math.pow(1 + 2 * h, 1 << 9) - Math.exp(2);
		assertEquals(predicted, weak[0], 0.1 * Math.abs(predicted), "weak error at the finest step");
	}

	@Test
	void stepIsTheWrittenFormula() {
		final EulerMaruyama em = new EulerMaruyama(gbm(-0.5, 0.3));
		final double[] x = { 2.0 };
		em.step(0, x, 0.01, new double[] { 0.05 });
		assertEquals(2.0 + (-0.5 * 2.0) * 0.01 + 0.3 * 2.0 * 0.05, x[0], 1e-15);
	}
}
