package org.loligo.analysis.bifurcation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.loligo.engine.sim.SimulationListener;

/**
 * The branch of periodic orbits born at a Hopf point, by multiple shooting ({@link Shooting}: RK4 with
 * variational equations on each of {@value #K} segments of T/{@value #K}) and pseudo-arclength continuation
 * in (x_0 … x_{K-1}, T, p), so that it goes around folds of limit cycles. Multiple rather than single
 * shooting because the unstable HH cycles have Floquet multipliers up to ~1e5: over one segment that
 * growth is only its K-th root, which keeps Newton's basin wide.
 * <p>
 * Unknowns y = (x_k ∈ Rⁿ for k = 0 … K-1, T, p), n the model's dimension (V and its state gates), scaled
 * by σ = (10 mV for V, 0.1 for each gate, per segment; 1 ms; (max - min)/100). Equations: matching
 * {@code φ_{T/K}(x_k; p) - x_{k+1 mod K} = 0}; the phase condition {@code ⟨f(x̂), x_0 - x̂⟩ = 0} with x̂
 * the previous orbit's x_0 (x_0 may only slide across the flow, not along it); and the arclength
 * condition {@code ⟨u - u_k, t_k⟩ = Δs} in scaled units u = y/σ. The first step leaves the Hopf point
 * (x*, 2π/ω, p_H) along x_k = Re(q e^{2πik/K}), q the critical eigenvector, with the phase condition
 * {@code ⟨A Re q, x_0 - x*⟩ = 0}; the tangent at each later orbit is the null vector of the Jacobian of
 * all equations but the arclength. The monodromy matrix is the product of the segments' Φ; its
 * eigenvalues are the Floquet multipliers. Folds of limit cycles are the zeros of the tangent's p
 * component, located by Brent's method on the arclength with every trial orbit re-converged.
 * <p>
 * The branch ends when p leaves [min, max], a multiplier exceeds {@value #MAX_MULTIPLIER}, the period
 * exceeds {@value #T_MAX} ms (approach to a
 * homoclinic orbit), the orbit shrinks back onto an equilibrium (another Hopf point: V amplitude below
 * {@value #AMP_END} mV after having grown above it), the step underflows, or after {@value #MAX_POINTS}
 * orbits.
 */
public final class CycleContinuation {

	static final double T_MAX = 200, AMP_END = 0.5;

	static final int MAX_POINTS = 2000;

	/**
	 * Largest non-trivial Floquet multiplier followed. Beyond it orbits are so unstable that the shooting
	 * Jacobian is too ill-conditioned to trust the branch (in HH1952 this is the twisted part of the
	 * unstable branch near I ≈ 6.5-7.9 µA/cm² described by Guckenheimer &amp; Labouriau 1993, Bull Math
	 * Biol 55:937).
	 */
	static final double MAX_MULTIPLIER = 1e6;

	/** Number of shooting segments. */
	static final int K = 8;

	/** Smallest cosine between consecutive tangents (about 15°). */
	private static final double MIN_COS = 0.966;

	private static final double DS0 = 0.05, DS_MAX = 3, DS_MIN = 1e-5;

	/** The orbits in continuation order, the folds of limit cycles, and why the branch ended. */
	public record Branch(List<PeriodicOrbit> orbits, List<PeriodicOrbit> folds, String end) {}

	private record Point(double[] u, double[] t, PeriodicOrbit orbit) {}

	private final ModelField base;

	/** State dimension n, and the number of unknowns (K points in Rⁿ, T, p) and the indices of T and p. */
	private final int n, dim, iT, iP;

	private final SweepParameter param;

	private final double min, max;

	private final double[] sigma;

	private final Shooting shooting;

	private final CycleSystem system;

	/** Of the last {@link #evaluate}: monodromy matrix and V range (mV) of the whole orbit. */
	private double[][] monodromy;

	private double vMin, vMax;

	private CycleContinuation(final ModelField base, final SweepParameter param, final double min,
		final double max)
	{
		this.base = base;
		this.param = param;
		this.min = min;
		this.max = max;
		n = base.dimension();
		iT = n * K;
		iP = iT + 1;
		dim = iT + 2;
		shooting = new Shooting(n);
		sigma = new double[dim];
		Arrays.fill(sigma, 0.1);
		for (int k = 0; k < K; k++)
			sigma[n * k] = 10;
		sigma[iT] = 1;
		sigma[iP] = (max - min) / 100;
		system = new CycleSystem(base, param, sigma, shooting);
	}

	/** Continues the cycles born at {@code hopf} (an equilibrium with a pair ±iω) while p stays in [min, max]. */
	public static Branch fromHopf(final ModelField base, final SweepParameter param, final double min,
		final double max, final Equilibrium hopf, final SimulationListener listener)
	{
		return new CycleContinuation(base, param, min, max).trace(hopf, listener);
	}

	private Branch trace(final Equilibrium hopf, final SimulationListener listener) {
		final ModelField f = base.with(param, hopf.parameter());
		final double[][] a = new double[n][n];
		f.jacobian(hopf.state(), a);
		final double omega = hopf.eigIm()[hopf.criticalPair()];
		final double[][] q = SmallLinear.nullVector(a, omega, false);
		final double[] re = q[0];
		final double[] u0 = new double[dim], t0 = new double[dim];
		for (int k = 0; k < K; k++) {
			final double c = Math.cos(2 * Math.PI * k / K), s = Math.sin(2 * Math.PI * k / K);
			for (int i = 0; i < n; i++) {
				u0[n * k + i] = hopf.state()[i] / sigma[i];
				// Re(q e^{iθ}) = cos θ Re q - sin θ Im q: where the small cycle is after a fraction k/K of T.
				t0[n * k + i] = (c * q[0][i] - s * q[1][i]) / sigma[i];
			}
		}
		u0[iT] = 2 * Math.PI / omega / sigma[iT];
		u0[iP] = hopf.parameter() / sigma[iP];
		SmallLinear.normalise(t0);
		// Phase reference at the Hopf point: x̂ = x*, f(x̂) replaced by A Re q, the flow's direction on
		// the small cycle x* + ε Re(q e^{iωt}) at t = 0.
		double[] xRef = hopf.state().clone(), fRef = new double[n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				fRef[i] += a[i][j] * re[j];
		Point prev = new Point(u0, t0, null);
		final List<Point> points = new ArrayList<>();
		double ds = DS0, grown = 0;
		String end = "reached " + MAX_POINTS + " orbits";
		while (points.size() < MAX_POINTS) {
			if (listener.isCancelled()) {
				end = "cancelled";
				break;
			}
			final Point next = correct(prev, ds, xRef, fRef);
			if (next == null) {
				ds /= 2;
				if (ds < DS_MIN) {
					end = "step size underflow at " + param.label() + " = " + prev.u[iP] * sigma[iP];
					break;
				}
				continue;
			}
			final PeriodicOrbit o = next.orbit;
			if (o.parameter() < min || o.parameter() > max) {
				end = "left the range";
				break;
			}
			if (o.maxNontrivialModulus() > MAX_MULTIPLIER) {
				end = "Floquet multiplier above " + MAX_MULTIPLIER + " at " + param.label() + " = " + o.parameter();
				break;
			}
			if (o.period() > T_MAX) {
				end = "period above " + (long) T_MAX + " ms";
				break;
			}
			final double amp = o.vMax() - o.vMin();
			if (grown > 2 * AMP_END && amp < AMP_END) {
				end = "shrank onto an equilibrium at " + param.label() + " = " + o.parameter();
				break;
			}
			grown = Math.max(grown, amp);
			points.add(next);
			listener.progress(points.size(), MAX_POINTS);
			prev = next;
			xRef = o.x0();
			fRef = new double[n];
			base.with(param, o.parameter()).rhs(xRef, fRef);
			// Growth limited by the amplitude, so the branch cannot jump across a Hopf point onto the
			// equilibrium (or back onto itself with the opposite phase).
			ds = Math.min(Math.min(DS_MAX, 1.5 * ds), Math.max(DS0, 0.5 * amp / sigma[0]));
		}
		final List<PeriodicOrbit> orbits = points.stream().map(Point::orbit).toList();
		final List<PeriodicOrbit> folds = new ArrayList<>();
		for (int i = 0; i + 1 < points.size(); i++)
			if (points.get(i).t[iP] * points.get(i + 1).t[iP] < 0) folds.add(locateFold(points.get(i), points.get(
				i + 1)));
		return new Branch(orbits, folds, end);
	}

	/** Newton from the predictor prev.u + ds·prev.t; null if it fails. */
	private Point correct(final Point prev, final double ds, final double[] xRef, final double[] fRef) {
		final double[] u = new double[dim];
		for (int i = 0; i < dim; i++)
			u[i] = prev.u[i] + ds * prev.t[i];
		// NB: one step count for the whole solve, from the predicted period: a count that changed with T
		// between iterations would change the discrete map and stall Newton at the discretisation error.
		final int steps = (Shooting.steps(u[iT] * sigma[iT]) + K - 1) / K;
		try {
			double lastStep = Double.POSITIVE_INFINITY;
			for (int it = 0; it < 12; it++) {
				final double[] g = new double[dim];
				final double[][] jac = evaluate(u, g, prev, ds, xRef, fRef, steps);
				final double[] d = SmallLinear.solve(jac, SmallLinear.negate(g));
				double step = 0;
				for (int i = 0; i < dim; i++) {
					u[i] += d[i];
					step = Math.max(step, Math.abs(d[i]));
				}
				if (!(u[iT] > 0) || !Double.isFinite(step)) return null;
				// Converged when the update is tiny, or small and no longer shrinking (rounding floor of an
				// ill-conditioned, strongly unstable orbit).
				if (step < 1e-10 || (step < 1e-7 && step > 0.5 * lastStep)) {
					final double[][] j2 = evaluate(u, g, prev, ds, xRef, fRef, steps);
					// A converged point far from its predictor means the corrector jumped branches.
					double dist = 0;
					for (int i = 0; i < dim; i++)
						dist += Math.pow(u[i] - prev.u[i] - ds * prev.t[i], 2);
					if (Math.sqrt(dist) > Math.max(0.5 * ds, 0.05)) return null;
					final double[] t = tangent(j2, prev.t);
					// A sharp turn between tangents means the step was too long to follow the branch
					// (near the twisted part of the HH branch it could land on another sheet).
					double cos = 0;
					for (int i = 0; i < dim; i++)
						cos += t[i] * prev.t[i];
					if (prev.orbit != null && cos < MIN_COS) return null;
					return new Point(u, t, orbit(u));
				}
				lastStep = step;
			}
		}
		catch (final RuntimeException e) {
			// Singular Jacobian or non-finite state: treat as a failed step and retry smaller.
			return null;
		}
		return null;
	}

	/** {@link CycleSystem#evaluate} at u for the step from prev; keeps the orbit's monodromy and V range. */
	private double[][] evaluate(final double[] u, final double[] g, final Point prev, final double ds,
		final double[] xRef, final double[] fRef, final int steps)
	{
		final double[][] jac = system.evaluate(u, g, prev.u, prev.t, ds, xRef, fRef, steps);
		monodromy = system.monodromy;
		vMin = system.vMin;
		vMax = system.vMax;
		return jac;
	}

	/** The unit null vector of the first five rows of jac, oriented along tPrev. */
	private double[] tangent(final double[][] jac, final double[] tPrev) {
		final double[][] m = new double[dim][];
		for (int i = 0; i < dim - 1; i++)
			m[i] = jac[i].clone();
		m[dim - 1] = tPrev.clone();
		final double[] e = new double[dim];
		e[dim - 1] = 1;
		final double[] t = SmallLinear.solve(m, e);
		SmallLinear.normalise(t);
		return t;
	}

	private PeriodicOrbit orbit(final double[] u) {
		final double[] x0 = new double[n];
		for (int i = 0; i < n; i++)
			x0[i] = u[i] * sigma[i];
		final double[][] ev = SmallLinear.eigenvalues(monodromy);
		return new PeriodicOrbit(u[iP] * sigma[iP], u[iT] * sigma[iT], x0, vMin, vMax, ev[0], ev[1]);
	}

	/** The fold between a and b: the zero of the tangent's p component, by Brent on the arclength. */
	private PeriodicOrbit locateFold(final Point a, final Point b) {
		final double[] xRef = a.orbit.x0(), fRef = new double[n];
		base.with(param, a.orbit.parameter()).rhs(xRef, fRef);
		double sEnd = 0;
		for (int i = 0; i < dim; i++)
			sEnd += (b.u[i] - a.u[i]) * a.t[i];
		final Point[] last = { a };
		final double s = new BrentSolver(1e-12, 1e-9).solve(100, x -> {
			if (x <= 0) return a.t[iP];
			final Point pt = correct(a, x, xRef, fRef);
			if (pt == null) throw new IllegalStateException("lost the cycle branch while locating a fold");
			last[0] = pt;
			return pt.t[iP];
		}, 0, sEnd);
		final Point pt = s <= 0 ? a : correct(a, s, xRef, fRef);
		return pt == null ? last[0].orbit : pt.orbit;
	}
}
