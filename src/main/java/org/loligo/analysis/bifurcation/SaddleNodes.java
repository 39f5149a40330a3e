package org.loligo.analysis.bifurcation;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * What a fold of the equilibrium branch is: a saddle-node on an invariant circle (SNIC, the onset of
 * type-I firing) or another fold.
 * <p>
 * <b>Normal form.</b> At the fold x* (parameter p*) the Jacobian A has a simple eigenvalue 0 with right
 * and left null vectors v, w ({@code Av = 0}, {@code Aᵀw = 0}, |v| = 1, ⟨w, v⟩ = 1). On the centre
 * manifold x ≈ x* + ξv the flow is (Kuznetsov 2004, Elements of Applied Bifurcation Theory, 3rd ed.,
 * §3.3 and §8.2)
 * <pre>
 *   ξ' = a·μ + b·ξ²,     a = ⟨w, ∂f/∂p⟩,   b = ½⟨w, B(v, v)⟩,   μ = p - p*
 * </pre>
 * with B the second derivative of f (central differences, step {@value FirstLyapunov#H2} along v). For
 * a·b·μ &gt; 0 there is no equilibrium nearby, and ξ goes from -∞ to +∞ in {@code π/√(a·b·μ)} ms: the
 * bottleneck that makes a SNIC's period diverge like 1/√μ.
 * <p>
 * <b>Test.</b> Only a saddle-node of a stable node can be a SNIC of a resting state (with an unstable
 * direction besides the centre one, a returning orbit would have to hit the 1-D centre manifold, which
 * is not generic); others are {@code fold}. For a stable node, the model is integrated (Dormand–Prince
 * 8(5,3), tolerance {@value #TOL}) from x* at two offsets past the fold, μ₁ with bottleneck time
 * {@value #T_BOTTLENECK} ms and μ₂ = μ₁/4, and the period is the time between two successive entries
 * into the ball of scaled radius {@value #RADIUS} around x* (V in units of 10 mV, gates of 0.1, as in
 * {@link CycleContinuation}). It is a SNIC when the trajectory returns at both offsets and the periods'
 * ratio T(μ₂)/T(μ₁) lies in (√2, 2√2), around the 2 of the 1/√μ law and far from both the 1 of a
 * period that does not depend on μ and the 4 of a 1/μ law. A trajectory that settles elsewhere (another
 * equilibrium, a cycle away from x*) never re-enters the ball.
 */
public final class SaddleNodes {

	/** Bottleneck passage time π/√(a·b·μ₁) at the first offset, ms. */
	static final double T_BOTTLENECK = 500;

	/** Radius of the return ball in scaled state units (5 mV in V, 0.05 in a gate). */
	static final double RADIUS = 0.5;

	/** Absolute and relative tolerance of the integration. */
	static final double TOL = 1e-9;

	private SaddleNodes() {}

	/** Classifies the fold {@code fold} of {@code base}'s equilibria in {@code param}. */
	public static SaddleNode classify(final ModelField base, final SweepParameter param, final Equilibrium fold) {
		final int n = base.dimension();
		final double p = fold.parameter();
		final ModelField f = base.with(param, p);
		final double[] x = fold.state();
		final double[][] a = new double[n][n];
		f.jacobian(x, a);
		final boolean stableNode = stableNode(fold);
		final double[] v = SmallLinear.nullVector(a, 0, false)[0], w = SmallLinear.nullVector(a, 0, true)[0];
		SmallLinear.normalise(v);
		final double wv = dot(w, v);
		for (int i = 0; i < n; i++)
			w[i] /= wv;
		final double ab = dot(w, dParameter(base, param, p, x)) * 0.5 * dot(w, secondDerivative(f, x, v));
		final int beyond = ab > 0 ? 1 : -1;
		final double coefficient = 1000 * Math.sqrt(Math.abs(ab)) / Math.PI;
		final double mu1 = Math.PI * Math.PI / (Math.abs(ab) * T_BOTTLENECK * T_BOTTLENECK);
		if (!stableNode || !Double.isFinite(mu1) || !param.allows(p + beyond * mu1)) return new SaddleNode(fold,
			SaddleNode.FOLD, stableNode, beyond, Double.isFinite(ab) ? coefficient : Double.NaN, new double[0],
			new double[0]);
		final double[] mu = { mu1, mu1 / 4 }, periods = new double[2];
		for (int k = 0; k < 2; k++)
			// Allow the half bottleneck to the first return and a whole period after it, generously.
			periods[k] = returnPeriod(base.with(param, p + beyond * mu[k]), x, 5 * T_BOTTLENECK * (k + 1));
		final double ratio = periods[1] / periods[0];
		final boolean snic = ratio > Math.sqrt(2) && ratio < 2 * Math.sqrt(2);
		return new SaddleNode(fold, snic ? SaddleNode.SNIC : SaddleNode.FOLD, true, beyond, coefficient, mu,
			periods);
	}

	/** Every eigenvalue but the one closest to 0 in the open left half-plane. */
	private static boolean stableNode(final Equilibrium e) {
		int critical = 0;
		for (int i = 1; i < e.eigRe().length; i++)
			if (Math.hypot(e.eigRe()[i], e.eigIm()[i]) < Math.hypot(e.eigRe()[critical], e.eigIm()[critical]))
				critical = i;
		for (int i = 0; i < e.eigRe().length; i++)
			if (i != critical && !(e.eigRe()[i] < 0)) return false;
		return true;
	}

	/** ∂f/∂p at x: exact for the current, else a central difference (f is linear in all but cm). */
	private static double[] dParameter(final ModelField base, final SweepParameter param, final double p,
		final double[] x)
	{
		final int n = x.length;
		final double[] out = new double[n];
		if (param.kind() == SweepParameter.Kind.CURRENT) {
			base.with(param, p).dCurrent(out);
			return out;
		}
		final double h = 1e-6 * Math.max(1, Math.abs(p));
		final double[] minus = new double[n];
		base.with(param, p + h).rhs(x, out);
		base.with(param, p - h).rhs(x, minus);
		for (int i = 0; i < n; i++)
			out[i] = (out[i] - minus[i]) / (2 * h);
		return out;
	}

	/** B(v, v) = [f(x + hv) - 2f(x) + f(x - hv)] / h². */
	private static double[] secondDerivative(final ModelField f, final double[] x, final double[] v) {
		final int n = x.length;
		final double h = FirstLyapunov.H2;
		final double[] plus = new double[n], mid = new double[n], minus = new double[n], xs = new double[n];
		for (int i = 0; i < n; i++)
			xs[i] = x[i] + h * v[i];
		f.rhs(xs, plus);
		f.rhs(x, mid);
		for (int i = 0; i < n; i++)
			xs[i] = x[i] - h * v[i];
		f.rhs(xs, minus);
		for (int i = 0; i < n; i++)
			plus[i] = (plus[i] - 2 * mid[i] + minus[i]) / (h * h);
		return plus;
	}

	/**
	 * The time between the first two entries of the trajectory from {@code x0} into the ball of radius
	 * {@link #RADIUS} around x0, ms; NaN if there are fewer than two within {@code tMax} ms.
	 */
	static double returnPeriod(final ModelField f, final double[] x0, final double tMax) {
		final double[] entries = { Double.NaN, Double.NaN };
		final int[] count = { 0 };
		final FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {

			@Override
			public int getDimension() {
				return x0.length;
			}

			@Override
			public void computeDerivatives(final double t, final double[] y, final double[] dy) {
				f.rhs(y, dy);
			}
		};
		final DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-10, 5, TOL, TOL);
		dp.addEventHandler(new EventHandler() {

			@Override
			public void init(final double t0, final double[] y, final double t) {}

			@Override
			public double g(final double t, final double[] y) {
				double d2 = 0;
				for (int i = 0; i < y.length; i++) {
					final double s = (y[i] - x0[i]) / (i == 0 ? 10 : 0.1);
					d2 += s * s;
				}
				return Math.sqrt(d2) - RADIUS;
			}

			@Override
			public Action eventOccurred(final double t, final double[] y, final boolean increasing) {
				if (increasing) return Action.CONTINUE;
				entries[count[0]++] = t;
				return count[0] == 2 ? Action.STOP : Action.CONTINUE;
			}

			@Override
			public void resetState(final double t, final double[] y) {}
		}, 0.5, 1e-9, 100);
		try {
			dp.integrate(ode, 0, x0.clone(), tMax, new double[x0.length]);
		}
		catch (final MathIllegalStateException e) {
			// NB: a trajectory the integrator cannot follow (step underflow) does not return either.
			return Double.NaN;
		}
		return entries[1] - entries[0];
	}

	private static double dot(final double[] a, final double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++)
			s += a[i] * b[i];
		return s;
	}
}
