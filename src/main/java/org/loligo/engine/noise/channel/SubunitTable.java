package org.loligo.engine.noise.channel;

import org.loligo.engine.model.GateKinetics;

/**
 * The per-step subunit coefficients of {@link Subunits} for one kinetics and one step h (ms), as a
 * function of V: either computed exactly at every call or interpolated in a table.
 * <p>
 * Layout of a coefficient vector (length {@link #SIZE}): {@code [0, 15)} as {@link Subunits#at}
 * (pOpen, pStay, α+β for m, h, n, then αm, βm, αh, βh, αn, βn), then the m-channel transition matrix
 * over h (4×4, row-major) at {@link #PM} and the n-channel matrix (5×5) at {@link #PN}.
 * <p>
 * Table: the grid {@code V_j = V_MIN + j/16 mV} on [-160, 160) mV, linear interpolation in V; record j
 * holds the {@code count} values at V_j followed by their increments to V_{j+1}. Interpolating between
 * two points is a convex combination, so probabilities stay in [0, 1] and the matrices' rows stay
 * probability vectors. The interpolation error is at most {@code STEP²/8·max|f''|}, about 1e-5 relative
 * for these exponential rate functions (checked in {@code SubunitTableTest}). Outside the grid, and with
 * tables off, coefficients are computed exactly.
 */
final class SubunitTable {

	static final double V_MIN = -160, V_MAX = 160, INV_STEP = 16;
	static final int POINTS = (int) Math.round((V_MAX - V_MIN) * INV_STEP);
	static final int PM = Subunits.COEFFICIENTS, PN = PM + 16, SIZE = PN + 25;

	private final GateKinetics kinetics;
	private final double h;
	private final int count;
	private final double[] table;

	/**
	 * @param count     leading coefficients needed: {@link Subunits#COEFFICIENTS} (gates only) or
	 *                  {@link #SIZE} (with the channel matrices)
	 * @param tabulate  whether to build the table (else every call is exact)
	 */
	SubunitTable(final GateKinetics kinetics, final double h, final int count, final boolean tabulate) {
		this.kinetics = kinetics;
		this.h = h;
		this.count = count;
		if (!tabulate) {
			table = null;
			return;
		}
		table = new double[POINTS * 2 * count];
		final double[] left = new double[SIZE], right = new double[SIZE], scratch = new double[10];
		exact(V_MIN, right, scratch);
		for (int j = 0; j < POINTS; j++) {
			System.arraycopy(right, 0, left, 0, count);
			exact(V_MIN + (j + 1) / INV_STEP, right, scratch);
			for (int c = 0; c < count; c++) {
				table[2 * count * j + c] = left[c];
				table[2 * count * j + count + c] = right[c] - left[c];
			}
		}
	}

	/** The coefficients at V (mV) into out[0, count); scratch needs 10 doubles. */
	void at(final double v, final double[] out, final double[] scratch) {
		final double x = (v - V_MIN) * INV_STEP;
		if (table == null || !(x >= 0 && x < POINTS)) {
			exact(v, out, scratch);
			return;
		}
		final int j = (int) x;
		final double f = x - j;
		final int b = 2 * count * j;
		final double[] t = table;
		for (int c = 0; c < count; c++)
			out[c] = t[b + c] + f * t[b + count + c];
	}

	/** Exact coefficients at V (mV) into out[0, count). */
	void exact(final double v, final double[] out, final double[] scratch) {
		Subunits.at(kinetics, v, h, out);
		if (count > PM) {
			Subunits.rows(3, out[1], out[0], out, PM, scratch);
			Subunits.rows(4, out[7], out[6], out, PN, scratch);
		}
	}
}
