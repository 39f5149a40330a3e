package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;

/** The exp-euler speed-ups against exact arithmetic: rate-table interpolation and the inlined exp. */
class RateTableTest {

	@Test
	void interpolatedCoefficientsStayWithinTheInterpolationBound() {
		// Linear interpolation on a grid of step h errs by at most h²/8·max|f''| in each interval; f'' is
		// estimated from second differences of the exact coefficients around the interval (a factor 2 of
		// margin covers its variation within the interval). What this costs a trajectory is checked in
		// SchemeAccuracyTest (under 1 % of the scheme's own error).
		final double h = RateTable.STEP;
		for (final NeuronModel model : new NeuronModel[] { Models.HH1952, Models.TRAUB_MILES }) {
			final GateKinetics k = model.hh().kinetics();
			for (final double dt : new double[] { 0.01, 0.1 }) {
				final RateTable table = new RateTable(model, dt);
				final double[] exact = new double[6], tab = new double[6];
				final double[][] around = new double[4][6];
				double worst = 0;
				for (double v = RateTable.V_MIN + 2 * h; v < RateTable.V_MAX - 3 * h; v += 0.0137) {
					RateTable.exact(k, v, dt, exact);
					table.interpolate(v, tab);
					final double vj = RateTable.V_MIN + Math.floor((v - RateTable.V_MIN) / h) * h;
					for (int a = 0; a < 4; a++)
						RateTable.exact(k, vj + (a - 1) * h, dt, around[a]);
					for (int q = 0; q < 6; q++) {
						final double f2 = Math.max(Math.abs(around[0][q] - 2 * around[1][q] + around[2][q]), Math.abs(
							around[1][q] - 2 * around[2][q] + around[3][q])) / (h * h);
						final double bound = 2 * h * h / 8 * f2 + 1e-14;
						final double err = Math.abs(exact[q] - tab[q]);
						assertTrue(err <= bound, model.name() + " dt=" + dt + " v=" + v + " coefficient " + q + ": error " + err +
							" > bound " + bound);
						worst = Math.max(worst, err);
					}
					// A, B ≥ 0 and A + B ≤ 1 keep x' = A·x + B in [0, 1].
					for (int q = 0; q < 6; q += 2)
						assertTrue(tab[q] >= 0 && tab[q + 1] >= 0 && tab[q] + tab[q + 1] <= 1, "v=" + v);
				}
				assertTrue(worst < 1e-6, model.name() + " dt=" + dt + ": worst coefficient error " + worst);
			}
		}
	}

	@Test
	void inlinedExpIsWithinOneUlpOfStrictMath() {
		final SplittableRandom r = new SplittableRandom(1);
		for (int i = 0; i < 1_000_000; i++) {
			final double x = i % 2 == 0 ? r.nextDouble(-700, 700) : r.nextDouble(-2, 0.1);
			final double e = StrictMath.exp(x);
			assertEquals(e, ExponentialEulerScheme.exp(x), Math.ulp(e), "exp(" + x + ")");
		}
		for (final double x : new double[] { 0, -0.0, 1, -1, 699.9, -699.9, 710, -745, -800 })
			assertEquals(Math.exp(x), ExponentialEulerScheme.exp(x), Math.ulp(Math.exp(x)), "exp(" + x + ")");
		assertTrue(Double.isNaN(ExponentialEulerScheme.exp(Double.NaN)));
		assertEquals(0.0, ExponentialEulerScheme.exp(Double.NEGATIVE_INFINITY));
		assertEquals(Double.POSITIVE_INFINITY, ExponentialEulerScheme.exp(Double.POSITIVE_INFINITY));
	}
}
