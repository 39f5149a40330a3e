package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Moves#leavers} and {@link Moves#spread} are the multinomial draw of one row: every destination's count has mean n·p_d and
 * variance n·p_d·(1 - p_d), two destinations covariance -n·p_d·p_d', within 4 SE of 200,000 draws, where
 * the leavers are placed one by one (few leave), by conditional binomials (many) and both in one draw.
 */
class MovesTest {

	@ParameterizedTest
	@CsvSource({ "40,0.2", "3000,0.02", "600,0.03", "20000,0.01", "5,0.9" })
	void countsAreMultinomial(final int n, final double leave) {
		// state 2 of 5; the others in order 1, 3, 0, 4 with shares 0.6, 0.3, 0.09, 0.01 of the leavers
		final double[] weight = { 0.09 * leave, 0.6 * leave, 1 - leave, 0.3 * leave, 0.01 * leave };
		final int[] order = { 1, 3, 0, 4 };
		final UniformRandomProvider r = RandomSource.XO_SHI_RO_256_PP.create(5L);
		final int draws = 200_000;
		final double[] sum = new double[5], sum2 = new double[5];
		double cross = 0;
		final int[] out = new int[5];
		final double[] suffix = new double[5];
		for (int k = 0; k < draws; k++) {
			java.util.Arrays.fill(out, 0);
			final double away = weight[1] + weight[3] + weight[0] + weight[4];
			final int gone = Moves.leavers(r, n, away, weight[2]);
			out[2] += n - gone;
			Moves.spread(r, gone, away, weight, order, suffix, out);
			int total = 0;
			for (int d = 0; d < 5; d++) {
				sum[d] += out[d];
				sum2[d] += (double) out[d] * out[d];
				total += out[d];
			}
			assertEquals(n, total);
			cross += (double) out[1] * out[3];
		}
		for (int d = 0; d < 5; d++) {
			final double p = weight[d], mean = sum[d] / draws, var = sum2[d] / draws - mean * mean;
			final double mu = n * p, sigma2 = n * p * (1 - p);
			assertEquals(mu, mean, 4 * Math.sqrt(sigma2 / draws) + 1e-12, "mean of state " + d);
			final double mu4 = sigma2 * (1 + 3 * (n - 2) * p * (1 - p)); // binomial 4th central moment
			assertEquals(sigma2, var, 4 * Math.sqrt(Math.max(mu4 - sigma2 * sigma2, 1e-300) / draws) + 1e-12,
				"variance of state " + d);
		}
		final double m1 = sum[1] / draws, m3 = sum[3] / draws, cov = cross / draws - m1 * m3;
		final double p1 = weight[1], p3 = weight[3];
		// SE of the sample covariance ≈ √(Var(X1)·Var(X3) + Cov²)/√draws
		final double v1 = n * p1 * (1 - p1), v3 = n * p3 * (1 - p3), c13 = -n * p1 * p3;
		assertEquals(c13, cov, 4 * Math.sqrt((v1 * v3 + c13 * c13) / draws), "covariance of states 1 and 3");
	}
}
