package org.loligo.engine.sim;

import org.loligo.engine.model.GateKinetics;

/**
 * Precomputed exponential-Euler gate coefficients on a voltage grid, for one kinetics and one dt.
 * <p>
 * At frozen V the gate equation {@code dx/dt = α(1 - x) - βx} has the exact solution over one step
 * {@code x' = A·x + B} with {@code A = exp(-(α + β)·dt)} and {@code B = α/(α + β)·(1 - A)}. The table
 * holds (A, B) for m, h and n on the grid {@code V_j = V_MIN + j·STEP} and interpolates linearly in V.
 * Outside [V_MIN, V_MAX) callers compute the coefficients exactly. Public so that the COBA network's steps
 * read the same table.
 * <p>
 * A table for forward Euler ({@code forwardEuler = true}) holds instead the coefficients of
 * {@code x' = x + dt·(α(1 - x) - βx)}: {@code A = 1 - (α + β)·dt}, {@code B = α·dt}; same layout.
 * <p>
 * Layout: one record of {@link #STRIDE} doubles per grid interval j (V in [V_j, V_j+1)), holding for
 * each coefficient c in the order Am, Bm, Ah, Bh, An, Bn the pair {@code c(V_j)} and
 * {@code c(V_j+1) - c(V_j)}. A lookup reads one contiguous 96-byte record, and the interpolation
 * {@code c(V_j) + f·(c(V_j+1) - c(V_j))} takes one multiply and one add; it is the same floating-point
 * expression as interpolating between the two grid values, so the results equal, bit for bit, those of
 * a table of grid values.
 * <p>
 * Accuracy kept: linear interpolation on a 1/32 mV grid differs from the exact coefficients by at most
 * {@code STEP²/8·max|f''|}; {@code RateTableTest} checks that bound against the exact rates, and {@code SchemeAccuracyTest}
 * checks
 * that whole spiking trajectories differ by far less than the scheme's own error. Gates stay in [0, 1]
 * with the table too: interpolating between points where {@code 0 ≤ A}, {@code 0 ≤ B} and
 * {@code A + B ≤ 1} preserves all three, so x' is still a convex combination of x and 1.
 */
public final class RateTable {

	public static final double V_MIN = -160.0;
	public static final double V_MAX = 160.0;
	public static final double STEP = 1.0 / 32.0;
	public static final double INV_STEP = 32.0;
	/** Number of grid intervals, i.e. of records; the grid has POINTS + 1 points. */
	public static final int POINTS = (int) Math.round((V_MAX - V_MIN) * INV_STEP);
	/** Doubles per record: (value, increment) for each of the six coefficients. */
	public static final int STRIDE = 12;

	/** {@code POINTS} records of (Am, ΔAm, Bm, ΔBm, Ah, ΔAh, Bh, ΔBh, An, ΔAn, Bn, ΔBn). */
	public final double[] coefficients;

	public RateTable(final GateKinetics k, final double dt) {
		this(k, dt, false);
	}

	/** @param forwardEuler forward-Euler coefficients ({@link #euler}) instead of exponential ones ({@link #exact}) */
	RateTable(final GateKinetics k, final double dt, final boolean forwardEuler) {
		coefficients = new double[POINTS * STRIDE];
		final double[] left = new double[6], right = new double[6];
		at(k, V_MIN, dt, forwardEuler, right);
		for (int j = 0; j < POINTS; j++) {
			System.arraycopy(right, 0, left, 0, 6);
			at(k, V_MIN + (j + 1) * STEP, dt, forwardEuler, right);
			for (int c = 0; c < 6; c++) {
				coefficients[j * STRIDE + 2 * c] = left[c];
				coefficients[j * STRIDE + 2 * c + 1] = right[c] - left[c];
			}
		}
	}

	/**
	 * Interpolated (Am, Bm, Ah, Bh, An, Bn) at V in [V_MIN, V_MAX) into out[0..5], with the arithmetic of
	 * the steppers' inlined lookups.
	 */
	void interpolate(final double v, final double[] out) {
		final double x = (v - V_MIN) * INV_STEP;
		if (!(x >= 0 && x < POINTS)) throw new IllegalArgumentException("V = " + v + " mV is outside the table");
		final int j = (int) x;
		final double f = x - j;
		for (int c = 0; c < 6; c++)
			out[c] = coefficients[j * STRIDE + 2 * c] + f * coefficients[j * STRIDE + 2 * c + 1];
	}

	private static void at(final GateKinetics k, final double v, final double dt, final boolean forwardEuler,
		final double[] out)
	{
		if (forwardEuler) euler(k, v, dt, out);
		else exact(k, v, dt, out);
	}

	/** Forward-Euler (A, B) = (1 - (α + β)·dt, α·dt) for m, h and n at V into out[0..5]. */
	static void euler(final GateKinetics k, final double v, final double dt, final double[] out) {
		eulerPair(k.alphaM(v), k.betaM(v), dt, out, 0);
		eulerPair(k.alphaH(v), k.betaH(v), dt, out, 2);
		eulerPair(k.alphaN(v), k.betaN(v), dt, out, 4);
	}

	private static void eulerPair(final double a, final double b, final double dt, final double[] out,
		final int at)
	{
		out[at] = 1.0 - (a + b) * dt;
		out[at + 1] = a * dt;
	}

	/** Exact (Am, Bm, Ah, Bh, An, Bn) at V into out[0..5]. */
	public static void exact(final GateKinetics k, final double v, final double dt, final double[] out) {
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
