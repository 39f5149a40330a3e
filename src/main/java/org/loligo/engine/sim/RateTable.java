package org.loligo.engine.sim;

import org.loligo.engine.model.GateKinetics;

/**
 * Precomputed exponential-Euler gate coefficients on a voltage grid, for one kinetics and one dt.
 * <p>
 * At frozen V the gate equation {@code dx/dt = α(1 - x) - βx} has the exact solution over one step
 * {@code x' = A·x + B} with {@code A = exp(-(α + β)·dt)} and {@code B = α/(α + β)·(1 - A)}. The table
 * holds (A, B) for m, h and n at {@code V = V_MIN + j·STEP}, interleaved so that one lookup touches
 * two adjacent cache lines, and interpolates linearly in V. Outside [V_MIN, V_MAX] callers compute
 * the coefficients exactly.
 * <p>
 * Accuracy kept: linear interpolation on a 1/16 mV grid differs from the exact coefficients by at most
 * {@code STEP²/8·max|f''|}; {@code RateTableTest} checks it against the exact rates to 1e-7 and checks
 * that whole spiking trajectories differ by far less than the scheme's own error. Gates stay in [0, 1]
 * with the table too: interpolating between points where {@code 0 ≤ A}, {@code 0 ≤ B} and
 * {@code A + B ≤ 1} preserves all three, so x' is still a convex combination of x and 1.
 */
final class RateTable {

	static final double V_MIN = -160.0;
	static final double V_MAX = 160.0;
	static final double STEP = 1.0 / 16.0;
	static final double INV_STEP = 16.0;
	/** Number of grid intervals; the table has POINTS + 1 entries. */
	static final int POINTS = (int) Math.round((V_MAX - V_MIN) * INV_STEP);

	/** (Am, Bm, Ah, Bh, An, Bn) per grid point. */
	final double[] coefficients;

	RateTable(final GateKinetics k, final double dt) {
		coefficients = new double[(POINTS + 1) * 6];
		final double[] ab = new double[6];
		for (int j = 0; j <= POINTS; j++) {
			exact(k, V_MIN + j * STEP, dt, ab);
			System.arraycopy(ab, 0, coefficients, j * 6, 6);
		}
	}

	/** Exact (Am, Bm, Ah, Bh, An, Bn) at V into out[0..5]. */
	static void exact(final GateKinetics k, final double v, final double dt, final double[] out) {
		pair(k.alphaM(v), k.betaM(v), dt, out, 0);
		pair(k.alphaH(v), k.betaH(v), dt, out, 2);
		pair(k.alphaN(v), k.betaN(v), dt, out, 4);
	}

	private static void pair(final double a, final double b, final double dt, final double[] out,
		final int at)
	{
		final double sum = a + b;
		// -expm1 keeps 1 - A accurate when (α + β)·dt is tiny.
		final double oneMinusA = -Math.expm1(-sum * dt);
		out[at] = 1.0 - oneMinusA;
		out[at + 1] = sum > 0 ? a / sum * oneMinusA : 0.0;
	}
}
