package org.loligo.analysis.bifurcation;

import java.util.Arrays;

/**
 * One shooting pass for periodic orbits: integrates a model's vector field over one period T together
 * with its variational equations, with classical RK4 at a fixed number of steps in the rescaled time
 * τ = t/T:
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
 * Layout of the augmented state (n² + 3n doubles for dimension n): x [0, n), Φ row-major [n, n + n²),
 * xT [n + n², 2n + n²), xp [2n + n², 3n + n²). One instance reuses its work arrays: not thread-safe.
 */
final class Shooting {

	/** Largest time step, ms. */
	static final double DT_MAX = 0.02;

	private final int n, size, iT, iP;

	private final double[] y, k1, k2, k3, k4, tmp;

	private final double[] fx, fp, scratch;

	private final double[][] j;

	/** For a parameter other than the current: the field at p ± dp, for ∂f/∂p by central difference. */
	private ModelField plus, minus;

	private double twoDp;

	/** x(1), Φ(1), ∂x(1)/∂T, ∂x(1)/∂p, and min and max of V (mV) over the steps. */
	final double[] x1, dxdT, dxdp;

	final double[][] monodromy;

	double vMin, vMax;

	/** Work space for a state of dimension {@code n}. */
	Shooting(final int n) {
		this.n = n;
		size = n * n + 3 * n;
		iT = n + n * n;
		iP = iT + n;
		y = new double[size];
		k1 = new double[size];
		k2 = new double[size];
		k3 = new double[size];
		k4 = new double[size];
		tmp = new double[size];
		fx = new double[n];
		fp = new double[n];
		scratch = new double[n];
		j = new double[n][n];
		x1 = new double[n];
		dxdT = new double[n];
		dxdp = new double[n];
		monodromy = new double[n][n];
	}

	/** Number of RK4 steps for a period T (ms): dt ≤ {@value #DT_MAX} ms and at least 200 steps. */
	static int steps(final double period) {
		return (int) Math.max(200, Math.ceil(period / DT_MAX));
	}

	/** Integrates from x0 over period T (ms) with {@code steps} RK4 steps, filling the public fields. */
	void run(final ModelField f, final SweepParameter p, final double[] x0, final double period, final int steps) {
		Arrays.fill(y, 0);
		System.arraycopy(x0, 0, y, 0, n);
		for (int i = 0; i < n; i++)
			y[n + (n + 1) * i] = 1;
		if (p.kind() != SweepParameter.Kind.CURRENT) {
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
			for (int i = 0; i < size; i++)
				y[i] += h / 6 * (k1[i] + 2 * (k2[i] + k3[i]) + k4[i]);
			vMin = Math.min(vMin, y[0]);
			vMax = Math.max(vMax, y[0]);
		}
		for (int i = 0; i < n; i++) {
			x1[i] = y[i];
			System.arraycopy(y, n + n * i, monodromy[i], 0, n);
			dxdT[i] = y[iT + i];
			dxdp[i] = y[iP + i];
		}
	}

	private void axpy(final double[] y, final double a, final double[] k, final double[] out) {
		for (int i = 0; i < size; i++)
			out[i] = y[i] + a * k[i];
	}

	private void deriv(final ModelField f, final SweepParameter p, final double period, final double[] s,
		final double[] out)
	{
		f.rhsJacobian(s, fx, j);
		if (p.kind() == SweepParameter.Kind.CURRENT) f.dCurrent(fp); // exactly, without more rate evaluations
		else {
			plus.rhs(s, fp);
			minus.rhs(s, scratch);
			for (int i = 0; i < n; i++)
				fp[i] = (fp[i] - scratch[i]) / twoDp;
		}
		final int n = this.n, iT = this.iT, iP = this.iP;
		for (int i = 0; i < n; i++) {
			final double[] ji = j[i];
			out[i] = period * fx[i];
			// (JΦ)_ic = Σ_k J_ik Φ_kc, accumulated in out row by row over k so the inner loop runs along Φ's
			// rows. NB: each sum still runs from k = 0 up, the order of the unrolled HH sums: HH keeps its bits.
			final int row = n + n * i;
			final double j0 = ji[0];
			for (int c = 0; c < n; c++)
				out[row + c] = j0 * s[n + c];
			double jt = j0 * s[iT], jp = j0 * s[iP];
			for (int k = 1; k < n; k++) {
				final double jk = ji[k];
				final int from = n + n * k;
				for (int c = 0; c < n; c++)
					out[row + c] += jk * s[from + c];
				jt += jk * s[iT + k];
				jp += jk * s[iP + k];
			}
			for (int c = 0; c < n; c++)
				out[row + c] *= period;
			out[iT + i] = fx[i] + period * jt;
			out[iP + i] = period * (jp + fp[i]);
		}
	}
}
