package org.loligo.analysis.bifurcation;

/**
 * The first Lyapunov coefficient of a Hopf point, by Kuznetsov's invariant formula (Kuznetsov 2004,
 * Elements of Applied Bifurcation Theory, 3rd ed., Springer, ch. 5, the invariant form for n dimensions):
 * <pre>
 *   l1 = 1/(2ω) Re( ⟨p, C(q,q,q̄)⟩ - 2⟨p, B(q, A⁻¹B(q,q̄))⟩ + ⟨p, B(q̄, (2iω - A)⁻¹B(q,q))⟩ )
 * </pre>
 * with A the Jacobian at the equilibrium x, {@code Aq = iωq}, {@code Aᵀp = -iωp}, {@code ⟨q,q⟩ = 1},
 * {@code ⟨p,q⟩ = 1} ({@code ⟨u,v⟩ = Σ ū_i v_i}), and B, C the second and third derivatives of f at x as
 * symmetric multilinear forms. l1 &lt; 0: supercritical (stable small cycles on the side where the
 * equilibrium is unstable); l1 &gt; 0: subcritical. Its magnitude depends on the normalisation
 * ⟨q,q⟩ = 1 in the state's own units (mV for V, 1 for gates), its sign does not.
 * <p>
 * B and C are evaluated by central differences of f along real directions (a = Re q, b = Im q) and
 * polarisation, e.g. {@code B(q,q̄) = B(a,a) + B(b,b)} and
 * {@code C(q,q,q̄) = C(a,a,a) + C(a,b,b) + i(C(a,a,b) + C(b,b,b))}; with |q| = 1 the steps
 * {@value #H2} (second) and {@value #H3} (third derivatives) balance truncation (O(h²)) against
 * rounding (O(ε/h³)) for fields that vary on a scale of ~10 state units.
 */
public final class FirstLyapunov {

	static final double H2 = 1e-3, H3 = 1e-2;

	private FirstLyapunov() {}

	/** l1 of field {@code f} at the equilibrium {@code x} whose Jacobian has eigenvalues ±iω (ω &gt; 0). */
	public static double compute(final VectorField f, final double[] x, final double omega) {
		return compute(f, x, omega, H2, H3);
	}

	/** As {@link #compute(VectorField, double[], double)} with explicit difference steps. */
	public static double compute(final VectorField f, final double[] x, final double omega, final double h2,
		final double h3)
	{
		final int n = f.dimension();
		final double[][] a = new double[n][n];
		f.jacobian(x, a);
		final double[][] q = SmallLinear.nullVector(a, omega, false);
		normalise(q);
		final double[][] p = SmallLinear.nullVector(a, omega, true);
		// Scale p by 1/conj(⟨p,q⟩), which makes ⟨p,q⟩ = 1.
		final double[] pq = SmallLinear.dot(p, q);
		final double d = pq[0] * pq[0] + pq[1] * pq[1];
		for (int i = 0; i < n; i++) {
			final double re = p[0][i], im = p[1][i];
			// p / conj(c) = p·c / |c|²
			p[0][i] = (re * pq[0] - im * pq[1]) / d;
			p[1][i] = (re * pq[1] + im * pq[0]) / d;
		}
		final double[] ar = q[0], ai = q[1];
		final Forms forms = new Forms(f, x, h2, h3);
		// C(q,q,q̄)
		final double[] caaa = forms.c3(ar), cbbb = forms.c3(ai);
		final double[] cPlus = forms.c3(add(ar, ai, 1)), cMinus = forms.c3(add(ar, ai, -1));
		final double[][] cqqq = new double[2][n];
		for (int i = 0; i < n; i++) {
			final double cabb = (cPlus[i] + cMinus[i] - 2 * caaa[i]) / 6;
			final double caab = (cPlus[i] - cMinus[i] - 2 * cbbb[i]) / 6;
			cqqq[0][i] = caaa[i] + cabb;
			cqqq[1][i] = caab + cbbb[i];
		}
		// B(q,q̄) (real) and B(q,q)
		final double[] baa = forms.b2(ar), bbb = forms.b2(ai);
		final double[] bab = forms.b(ar, ai);
		final double[] bqqbar = new double[n];
		final double[][] bqq = new double[2][n];
		for (int i = 0; i < n; i++) {
			bqqbar[i] = baa[i] + bbb[i];
			bqq[0][i] = baa[i] - bbb[i];
			bqq[1][i] = 2 * bab[i];
		}
		// r = A⁻¹ B(q,q̄) (real); s = (2iω - A)⁻¹ B(q,q)
		final double[] r = SmallLinear.solve(a, bqqbar);
		final double[][] minusA = new double[n][n], twoOmega = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++)
				minusA[i][j] = -a[i][j];
			twoOmega[i][i] = 2 * omega;
		}
		final double[][] s = SmallLinear.solveComplex(minusA, twoOmega, bqq[0], bqq[1]);
		// B(q, r) with r real; B(q̄, s) = B(a - ib, sr + i si)
		final double[] bar = forms.b(ar, r), bbr = forms.b(ai, r);
		final double[] basr = forms.b(ar, s[0]), basi = forms.b(ar, s[1]);
		final double[] bbsr = forms.b(ai, s[0]), bbsi = forms.b(ai, s[1]);
		final double[][] total = new double[2][n];
		for (int i = 0; i < n; i++) {
			total[0][i] = cqqq[0][i] - 2 * bar[i] + (basr[i] + bbsi[i]);
			total[1][i] = cqqq[1][i] - 2 * bbr[i] + (basi[i] - bbsr[i]);
		}
		return SmallLinear.dot(p, total)[0] / (2 * omega);
	}

	/** Scales q to ⟨q,q⟩ = 1 and rotates it so that its largest component is real. */
	private static void normalise(final double[][] q) {
		final int n = q[0].length;
		int big = 0;
		double norm2 = 0;
		for (int i = 0; i < n; i++) {
			final double m2 = q[0][i] * q[0][i] + q[1][i] * q[1][i];
			norm2 += m2;
			if (m2 > q[0][big] * q[0][big] + q[1][big] * q[1][big]) big = i;
		}
		final double mod = Math.hypot(q[0][big], q[1][big]);
		final double cr = q[0][big] / mod, ci = -q[1][big] / mod, scale = 1 / Math.sqrt(norm2);
		for (int i = 0; i < n; i++) {
			final double re = q[0][i], im = q[1][i];
			q[0][i] = (re * cr - im * ci) * scale;
			q[1][i] = (re * ci + im * cr) * scale;
		}
	}

	private static double[] add(final double[] a, final double[] b, final double sign) {
		final double[] out = new double[a.length];
		for (int i = 0; i < a.length; i++)
			out[i] = a[i] + sign * b[i];
		return out;
	}

	/** Central-difference multilinear forms of f at x along real directions. */
	private static final class Forms {

		private final VectorField f;

		private final double[] x, xs, f1, f2, f3, f4;

		private final double h2, h3;

		Forms(final VectorField f, final double[] x, final double h2, final double h3) {
			this.f = f;
			this.x = x;
			this.h2 = h2;
			this.h3 = h3;
			final int n = f.dimension();
			xs = new double[n];
			f1 = new double[n];
			f2 = new double[n];
			f3 = new double[n];
			f4 = new double[n];
		}

		private void at(final double[] u, final double t, final double[] out) {
			for (int i = 0; i < x.length; i++)
				xs[i] = x[i] + t * u[i];
			f.rhs(xs, out);
		}

		/** B(u,u) = [f(x+hu) - 2f(x) + f(x-hu)] / h². */
		double[] b2(final double[] u) {
			at(u, h2, f1);
			at(u, 0, f2);
			at(u, -h2, f3);
			final double[] out = new double[x.length];
			for (int i = 0; i < x.length; i++)
				out[i] = (f1[i] - 2 * f2[i] + f3[i]) / (h2 * h2);
			return out;
		}

		/** B(u,v) = [B(u+v,u+v) - B(u-v,u-v)] / 4. */
		double[] b(final double[] u, final double[] v) {
			final double[] plus = b2(add(u, v, 1)), minus = b2(add(u, v, -1));
			for (int i = 0; i < plus.length; i++)
				plus[i] = (plus[i] - minus[i]) / 4;
			return plus;
		}

		/** C(u,u,u) = [f(x+2hu) - 2f(x+hu) + 2f(x-hu) - f(x-2hu)] / (2h³). */
		double[] c3(final double[] u) {
			at(u, 2 * h3, f1);
			at(u, h3, f2);
			at(u, -h3, f3);
			at(u, -2 * h3, f4);
			final double[] out = new double[x.length];
			for (int i = 0; i < x.length; i++)
				out[i] = (f1[i] - 2 * f2[i] + 2 * f3[i] - f4[i]) / (2 * h3 * h3 * h3);
			return out;
		}
	}
}
