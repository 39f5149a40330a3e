package org.loligo.engine.network.coba;

import org.loligo.engine.model.GateKinetics;

/**
 * Exponential-Euler gate coefficients on a voltage grid for one kinetics and one dt: at frozen V the gate
 * equation {@code dx/dt = α(1 - x) - βx} has the exact one-step solution {@code x' = A·x + B},
 * {@code A = exp(-(α + β)·dt)}, {@code B = α/(α + β)·(1 - A)}.
 * <p>
 * Layout: one record of {@link #STRIDE} doubles per grid interval j ({@code V ∈ [V_MIN + j·STEP, V_MIN +
 * (j+1)·STEP)}), holding for Am, Bm, Ah, Bh, An, Bn in turn the value at the left grid point and the
 * increment to the right one, so a lookup reads one contiguous 96-byte record and interpolates with one
 * multiply-add per coefficient. The same layout as the single-neuron engine's table (kept separate so this
 * package depends only on public engine API). Linear interpolation on a 1/32 mV grid is within
 * {@code STEP²/8·max|c''|} of the exact coefficients ({@code GateTableTest}) and keeps 0 ≤ A, 0 ≤ B,
 * A + B ≤ 1, so gates stay in [0, 1]. Outside [V_MIN, V_MAX) callers use {@link #exact}.
 */
final class GateTable {

	static final double V_MIN = -160.0, V_MAX = 160.0, INV_STEP = 32.0;
	static final int POINTS = (int) Math.round((V_MAX - V_MIN) * INV_STEP), STRIDE = 12;

	/** POINTS records of (Am, ΔAm, Bm, ΔBm, Ah, ΔAh, Bh, ΔBh, An, ΔAn, Bn, ΔBn). */
	final double[] c = new double[POINTS * STRIDE];

	GateTable(final GateKinetics k, final double dt) {
		final double[] left = new double[6], right = new double[6];
		exact(k, V_MIN, dt, right);
		for (int j = 0; j < POINTS; j++) {
			System.arraycopy(right, 0, left, 0, 6);
			exact(k, V_MIN + (j + 1) / INV_STEP, dt, right);
			for (int q = 0; q < 6; q++) {
				c[j * STRIDE + 2 * q] = left[q];
				c[j * STRIDE + 2 * q + 1] = right[q] - left[q];
			}
		}
	}

	/** Interpolated (Am, Bm, Ah, Bh, An, Bn) at V, as the network's inlined lookup computes it. */
	void interpolate(final double v, final double[] out) {
		final double x = (v - V_MIN) * INV_STEP;
		final int j = (int) x;
		final double f = x - j;
		for (int q = 0; q < 6; q++)
			out[q] = c[j * STRIDE + 2 * q] + f * c[j * STRIDE + 2 * q + 1];
	}

	/** Exact (Am, Bm, Ah, Bh, An, Bn) at V (mV) into out[0..5]. */
	static void exact(final GateKinetics k, final double v, final double dt, final double[] out) {
		pair(k.alphaM(v), k.betaM(v), dt, out, 0);
		pair(k.alphaH(v), k.betaH(v), dt, out, 2);
		pair(k.alphaN(v), k.betaN(v), dt, out, 4);
	}

	private static void pair(final double a, final double b, final double dt, final double[] out,
		final int at)
	{
		final double sum = a + b;
		final double oneMinusA = -Math.expm1(-sum * dt); // accurate when (α + β)·dt is tiny
		out[at] = 1.0 - oneMinusA;
		out[at + 1] = sum > 0 ? a / sum * oneMinusA : 0.0;
	}
}
