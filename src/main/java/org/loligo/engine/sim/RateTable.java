package org.loligo.engine.sim;

import java.util.List;

import org.loligo.engine.model.Gate;
import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.NeuronModel;

/**
 * Precomputed gate coefficients on a voltage grid, for one model and one dt.
 * <p>
 * At frozen V a gate's equation has the exact solution over one step {@code x' = A·x + B} with
 * {@code A = exp(-dt/τ)} and {@code B = x∞·(1 - A)} ({@link Gate#expEulerCoefficients}). The table holds
 * (A, B) of every state gate, and x∞ of every instantaneous gate, on the grid
 * {@code V_j = V_MIN + j·STEP} and interpolates linearly in V. Outside [V_MIN, V_MAX) callers compute the
 * coefficients exactly. A forward-Euler table ({@code forwardEuler = true}) holds instead the
 * coefficients of {@code x' = x + dt·dx/dt} ({@link Gate#eulerCoefficients}); same layout.
 * <p>
 * Layout: one record of {@link #stride} doubles per grid interval j (V in [V_j, V_j+1)): for each state
 * gate k (state order) the pairs {@code (A(V_j), A(V_j+1) - A(V_j))} and {@code (B(V_j), ΔB)} at
 * {@code 4k}, then for each instantaneous gate q the pair {@code (x∞(V_j), Δx∞)} at
 * {@code 4·states + 2q}. For the HH shape that is the 12-double record (Am, ΔAm, Bm, ΔBm, Ah, …, ΔBn)
 * the fused kernels and the COBA pass read, {@link #STRIDE}. A lookup reads one contiguous record, and
 * the interpolation {@code c(V_j) + f·(c(V_j+1) - c(V_j))} takes one multiply and one add.
 * <p>
 * Accuracy kept: linear interpolation on a 1/32 mV grid differs from the exact coefficients by at most
 * {@code STEP²/8·max|c''|}; {@code RateTableTest} checks that bound, and {@code SchemeAccuracyTest} that
 * whole spiking trajectories differ by far less than the scheme's own error. Gates stay in [0, 1] with the
 * table too: interpolating between points where {@code 0 ≤ A}, {@code 0 ≤ B} and {@code A + B ≤ 1}
 * preserves all three, so x' is still a convex combination of x and 1.
 */
public final class RateTable {

	public static final double V_MIN = -160.0;
	public static final double V_MAX = 160.0;
	public static final double STEP = 1.0 / 32.0;
	public static final double INV_STEP = 32.0;
	/** Number of grid intervals, i.e. of records; the grid has POINTS + 1 points. */
	public static final int POINTS = (int) Math.round((V_MAX - V_MIN) * INV_STEP);
	/** Doubles per record of an HH-shaped model: (value, increment) for each of (Am, Bm, Ah, Bh, An, Bn). */
	public static final int STRIDE = 12;

	/** The records, see the class javadoc. */
	public final double[] coefficients;
	/** Doubles per record: 4 per state gate, 2 per instantaneous gate. */
	public final int stride;

	private final List<Gate> states, instants;
	private final double dt;
	private final boolean forwardEuler;

	/** The exponential-Euler table of a model. */
	public RateTable(final NeuronModel model, final double dt) {
		this(model, dt, false);
	}

	/** @param forwardEuler forward-Euler coefficients instead of exponential ones */
	public RateTable(final NeuronModel model, final double dt, final boolean forwardEuler) {
		this(model, dt, forwardEuler, true);
	}

	/** Only {@link #exactAt}, no table ({@link #coefficients} empty): for runs with tables off. */
	public static RateTable exactOnly(final NeuronModel model, final double dt, final boolean forwardEuler) {
		return new RateTable(model, dt, forwardEuler, false);
	}

	private RateTable(final NeuronModel model, final double dt, final boolean forwardEuler, final boolean fill) {
		this.states = model.stateGates();
		this.instants = model.instantGates();
		this.dt = dt;
		this.forwardEuler = forwardEuler;
		final int width = 2 * states.size() + instants.size();
		stride = 2 * width;
		coefficients = new double[fill ? POINTS * stride : 0];
		if (!fill) return;
		final double[] left = new double[width], right = new double[width];
		exactAt(V_MIN, right);
		for (int j = 0; j < POINTS; j++) {
			System.arraycopy(right, 0, left, 0, width);
			exactAt(V_MIN + (j + 1) * STEP, right);
			for (int c = 0; c < width; c++) {
				coefficients[j * stride + 2 * c] = left[c];
				coefficients[j * stride + 2 * c + 1] = right[c] - left[c];
			}
		}
	}

	/**
	 * The exact coefficients at V into {@code out}: (A, B) per state gate, then x∞ per instantaneous gate
	 * (the values a record interpolates, in its order).
	 */
	public void exactAt(final double v, final double[] out) {
		for (int k = 0; k < states.size(); k++)
			if (forwardEuler) states.get(k).eulerCoefficients(v, dt, out, 2 * k);
			else states.get(k).expEulerCoefficients(v, dt, out, 2 * k);
		for (int q = 0; q < instants.size(); q++)
			out[2 * states.size() + q] = instants.get(q).inf(v);
	}

	/** Interpolated coefficients at V in [V_MIN, V_MAX) into out, with the arithmetic of the kernels' lookups. */
	void interpolate(final double v, final double[] out) {
		final double x = (v - V_MIN) * INV_STEP;
		if (!(x >= 0 && x < POINTS)) throw new IllegalArgumentException("V = " + v + " mV is outside the table");
		final int j = (int) x;
		final double f = x - j;
		for (int c = 0; c < stride / 2; c++)
			out[c] = coefficients[j * stride + 2 * c] + f * coefficients[j * stride + 2 * c + 1];
	}

	/**
	 * Exact exponential-Euler (Am, Bm, Ah, Bh, An, Bn) of HH kinetics at V into out[0..5]: the doubles of
	 * {@link Gate#expEulerCoefficients}, with the rates called through the kinetics' own fields (see
	 * {@link GateKinetics}).
	 */
	public static void exact(final GateKinetics k, final double v, final double dt, final double[] out) {
		pair(k.alphaM(v), k.betaM(v), dt, out, 0);
		pair(k.alphaH(v), k.betaH(v), dt, out, 2);
		pair(k.alphaN(v), k.betaN(v), dt, out, 4);
	}

	/** {@link Gate#expEulerCoefficients} of a RATES gate from its α and β. */
	private static void pair(final double a, final double b, final double dt, final double[] out, final int at) {
		final double sum = a + b;
		// -expm1 keeps 1 - A accurate when (α + β)·dt is tiny.
		final double oneMinusA = -Math.expm1(-sum * dt);
		out[at] = 1.0 - oneMinusA;
		out[at + 1] = sum > 0 ? a / sum * oneMinusA : 0.0;
	}
}
