package org.loligo.analysis.bifurcation;

/**
 * One shooting pass for periodic orbits: integrates the HH system over one period T together with its
 * variational equations, with classical RK4 at a fixed number of steps in the rescaled time τ = t/T:
 * <pre>
 *   x'  = T f(x)                      x(0)  = x0
 *   Φ'  = T J(x) Φ                    Φ(0)  = I      → Φ(1) = ∂x(1)/∂x0 (the monodromy matrix)
 *   xT' = f(x) + T J(x) xT            xT(0) = 0      → ∂x(1)/∂T
 *   xp' = T (J(x) xp + ∂f/∂p)         xp(0) = 0      → ∂x(1)/∂p
 * </pre>
 * RK4 applied to this augmented system gives exactly the derivatives of the discrete RK4 map (Runge–Kutta
 * methods commute with linearisation), so Newton on the discrete problem converges quadratically.
 * The step is T/N; callers choose N from T ({@link #steps}), so the discretisation error in V is about
 * that of rk4 at dt ≤ {@value #DT_MAX} ms (≈ 1e-3 mV on a spiking HH orbit).
 * <p>
 * Layout of the augmented state (28 doubles): x[0..3], Φ row-major [4..19], xT [20..23], xp [24..27].
 * One instance reuses its work arrays: not thread-safe.
 */
final class Shooting {

	/** Largest time step, ms. */
	static final double DT_MAX = 0.02;

	private static final int N = 4, SIZE = 28;

	private final double[] y = new double[SIZE], k1 = new double[SIZE], k2 = new double[SIZE],
		k3 = new double[SIZE], k4 = new double[SIZE], tmp = new double[SIZE];

	private final double[] fx = new double[N], fp = new double[N], scratch = new double[N];

	private final double[][] j = new double[N][N];

	/** For a parameter other than the current: the field at p ± dp, for ∂f/∂p by central difference. */
	private HHField plus, minus;

	private double twoDp;

	/** x(1), Φ(1), ∂x(1)/∂T, ∂x(1)/∂p, and min and max of V (mV) over the steps. */
	final double[] x1 = new double[N], dxdT = new double[N], dxdp = new double[N];

	final double[][] monodromy = new double[N][N];

	double vMin, vMax;

	/** Number of RK4 steps for a period T (ms): dt ≤ {@value #DT_MAX} ms and at least 200 steps. */
	static int steps(final double period) {
		return (int) Math.max(200, Math.ceil(period / DT_MAX));
	}

	/** Integrates from x0 over period T (ms) with {@code steps} RK4 steps, filling the public fields. */
	void run(final HHField f, final SweepParameter p, final double[] x0, final double period, final int steps) {
		java.util.Arrays.fill(y, 0);
		System.arraycopy(x0, 0, y, 0, N);
		for (int i = 0; i < N; i++)
			y[4 + 5 * i] = 1;
		if (p != SweepParameter.CURRENT) {
			final double v = f.get(p), dp = 1e-6 * Math.max(1, Math.abs(v));
			plus = f.with(p, v + dp);
			minus = f.with(p, v - dp);
			twoDp = 2 * dp;
		}
		final double h = 1.0 / steps;
		vMin = vMax = x0[0];
		for (int s = 0; s < steps; s++) {
			deriv(f, p, period, y, k1);
			axpy(y, 0.5 * h, k1, tmp);
			deriv(f, p, period, tmp, k2);
			axpy(y, 0.5 * h, k2, tmp);
			deriv(f, p, period, tmp, k3);
			axpy(y, h, k3, tmp);
			deriv(f, p, period, tmp, k4);
			for (int i = 0; i < SIZE; i++)
				y[i] += h / 6 * (k1[i] + 2 * (k2[i] + k3[i]) + k4[i]);
			vMin = Math.min(vMin, y[0]);
			vMax = Math.max(vMax, y[0]);
		}
		for (int i = 0; i < N; i++) {
			x1[i] = y[i];
			System.arraycopy(y, 4 + 4 * i, monodromy[i], 0, N);
			dxdT[i] = y[20 + i];
			dxdp[i] = y[24 + i];
		}
	}

	private static void axpy(final double[] y, final double a, final double[] k, final double[] out) {
		for (int i = 0; i < SIZE; i++)
			out[i] = y[i] + a * k[i];
	}

	private void deriv(final HHField f, final SweepParameter p, final double period, final double[] s,
		final double[] out)
	{
		f.rhsJacobian(s, fx, j);
		if (p == SweepParameter.CURRENT) f.dCurrent(fp); // exactly, without two more rate evaluations
		else {
			plus.rhs(s, fp);
			minus.rhs(s, scratch);
			for (int i = 0; i < N; i++)
				fp[i] = (fp[i] - scratch[i]) / twoDp;
		}
		for (int i = 0; i < N; i++) {
			final double[] ji = j[i];
			out[i] = period * fx[i];
			for (int c = 0; c < N; c++)
				out[4 + 4 * i + c] = period * (ji[0] * s[4 + c] + ji[1] * s[8 + c] + ji[2] * s[12 + c] + ji[3] * s[16 +
					c]);
			final double jt = ji[0] * s[20] + ji[1] * s[21] + ji[2] * s[22] + ji[3] * s[23];
			out[20 + i] = fx[i] + period * jt;
			final double jp = ji[0] * s[24] + ji[1] * s[25] + ji[2] * s[26] + ji[3] * s[27];
			out[24 + i] = period * (jp + fp[i]);
		}
	}
}
