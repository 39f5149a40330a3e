package org.loligo.analysis.bifurcation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.loligo.engine.sim.SimulationListener;

/**
 * Equilibrium branches of a neuron model over a parameter range, by pseudo-arclength continuation of
 * the curve {@code F(V, p) = 0} in the (V, p) plane, where F is {@link ModelField#steadyCurrent} (every
 * gate at x∞(V), so this 1-D reduction is exact). Because the curve is followed by arclength, it goes
 * around folds (saddle-nodes, where ∂F/∂V = 0) and brings back every equilibrium of a multi-valued
 * (S-shaped) branch.
 * <p>
 * Arclength is measured in scaled units: V in {@value #SV} mV and p in {@code (max - min)/(points - 1)},
 * with a step of at most 1 such unit, so the table has at least {@code points} rows and no V jump
 * above {@value #SV} mV. Branches start from every root of F at {@code min} (and any root at
 * {@code max} not yet reached), found by a scan of V over [{@value #V_LOW}, {@value #V_HIGH}] mV
 * and Brent's method; isolated loops (isolas) that touch neither end are not found. A branch also
 * ends where V leaves that window: such equilibria (e.g. a leak-dominated rest far below eK under a
 * strong negative current) are far outside the range where the kinetics were measured.
 * <p>
 * Events between consecutive points are located by Brent's method on the arclength s, each trial
 * point being re-corrected onto the curve: folds as zeros of ∂F/∂V, Hopf points as zeros of the real
 * part of the complex eigenvalue pair with the largest real part ({@link Equilibrium#hopfTest}).
 * The tolerance on s makes the event parameter exact to about 1e-11 of the step.
 */
public final class EquilibriumContinuation {

	/** Scale of V in the arclength, mV. */
	static final double SV = 0.5;

	static final double V_LOW = -200, V_HIGH = 200;

	private static final double SCAN_STEP = 0.5;

	/**
	 * The branches (each in continuation order), the saddle-node folds and the Hopf points found
	 * (sorted by parameter), and whether the run was cancelled before it finished.
	 */
	public record Result(List<List<Equilibrium>> branches, List<Equilibrium> folds, List<Equilibrium> hopfs,
		boolean partial) {}

	private record Node(double[] u, double[] t, Equilibrium eq, double fv) {}

	private final ModelField base;

	private final SweepParameter param;

	private final double min, max, sp;

	private final SimulationListener listener;

	private EquilibriumContinuation(final ModelField base, final SweepParameter param, final double min,
		final double max, final int points, final SimulationListener listener)
	{
		this.base = base;
		this.param = param;
		this.min = min;
		this.max = max;
		this.sp = (max - min) / (points - 1);
		this.listener = listener;
	}

	/**
	 * Continues every equilibrium branch of {@code base} with {@code param} over [min, max].
	 *
	 * @param points table resolution: the step in p is at most (max - min)/(points - 1)
	 */
	public static Result run(final ModelField base, final SweepParameter param, final double min, final double max,
		final int points, final SimulationListener listener)
	{
		if (!(min < max) || points < 2) throw new IllegalArgumentException("need min < max and points >= 2, got " +
			min + ", " + max + ", " + points);
		return new EquilibriumContinuation(base, param, min, max, points, listener).trace();
	}

	private Result trace() {
		final List<List<Node>> branches = new ArrayList<>();
		boolean partial = false;
		for (final double end : new double[] { min, max }) {
			for (final double v : roots(end)) {
				if (reached(branches, end, v)) continue;
				final List<Node> b = branch(new double[] { v / SV, end / sp }, end == min ? 1 : -1);
				branches.add(b);
				if (listener.isCancelled()) {
					partial = true;
					break;
				}
			}
			if (partial) break;
		}
		final List<List<Equilibrium>> out = new ArrayList<>();
		final List<Equilibrium> folds = new ArrayList<>(), hopfs = new ArrayList<>();
		for (final List<Node> b : branches) {
			out.add(b.stream().map(Node::eq).toList());
			for (int i = 0; i + 1 < b.size(); i++) {
				final Node a = b.get(i), c = b.get(i + 1);
				if (Math.signum(a.fv) * Math.signum(c.fv) < 0) folds.add(locate(a, c, n -> n.fv).eq);
				final double ha = a.eq.hopfTest(), hc = c.eq.hopfTest();
				if (ha * hc < 0) {
					final Equilibrium h = locate(a, c, n -> n.eq.hopfTest()).eq;
					// A pair that turned real between the two points is a neutral saddle, not a Hopf point.
					if (h.criticalPair() >= 0 && Math.abs(h.hopfTest()) < 1e-6) hopfs.add(h);
				}
			}
		}
		folds.sort(Comparator.comparingDouble(Equilibrium::parameter));
		hopfs.sort(Comparator.comparingDouble(Equilibrium::parameter));
		return new Result(out, folds, hopfs, partial);
	}

	/** Whether a traced branch already ends at (p = end, V = v). */
	private boolean reached(final List<List<Node>> branches, final double end, final double v) {
		for (final List<Node> b : branches)
			for (final Node n : List.of(b.get(0), b.get(b.size() - 1)))
				if (n.eq.parameter() == end && Math.abs(n.eq.v() - v) < 1e-6) return true;
		return false;
	}

	/** Every V where F(V, p) changes sign on the scan grid, refined by Brent. */
	private List<Double> roots(final double p) {
		final ModelField f = base.with(param, p);
		final List<Double> out = new ArrayList<>();
		final BrentSolver brent = new BrentSolver(1e-14, 1e-12);
		double v0 = V_LOW, f0 = f.steadyCurrent(v0);
		for (double v1 = V_LOW + SCAN_STEP; v1 <= V_HIGH; v1 += SCAN_STEP) {
			final double f1 = f.steadyCurrent(v1);
			if (f0 == 0) out.add(v0);
			else if (f0 * f1 < 0) out.add(brent.solve(200, f::steadyCurrent, v0, v1));
			v0 = v1;
			f0 = f1;
		}
		return out;
	}

	/** One branch from the root u, setting off in the direction where p grows ({@code dir} = 1) or falls. */
	private List<Node> branch(final double[] u0, final int dir) {
		final List<Node> nodes = new ArrayList<>();
		Node cur = node(u0, new double[] { 0, dir });
		nodes.add(cur);
		double ds = 1;
		final int maxSteps = 100_000;
		for (int step = 0; step < maxSteps && !listener.isCancelled(); step++) {
			final double[] u = correct(cur.u, cur.t, ds);
			if (u == null || dist(u, cur.u, cur.t, ds) > 0.5 * ds) {
				ds /= 2;
				if (ds < 1e-9) break;
				continue;
			}
			final double p = u[1] * sp;
			if (p > max || p < min) {
				final double bound = p > max ? max : min;
				final double[] ub = onBoundary(cur.u, u, bound);
				if (ub != null) nodes.add(node(ub, cur.t));
				break;
			}
			cur = node(u, cur.t);
			nodes.add(cur);
			if (u[0] * SV > V_HIGH || u[0] * SV < V_LOW) break;
			ds = Math.min(1, ds * 1.5);
			listener.progress((long) (1000 * (p - min) / (max - min)), 1000);
		}
		return nodes;
	}

	/** Distance of the corrected point from its predictor, in scaled units. */
	private static double dist(final double[] u, final double[] u0, final double[] t, final double ds) {
		return Math.hypot(u[0] - (u0[0] + ds * t[0]), u[1] - (u0[1] + ds * t[1]));
	}

	private Node node(final double[] u, final double[] tPrev) {
		final double v = u[0] * SV;
		double p = u[1] * sp;
		// Ends of the range exactly, not one ulp off (the table's first row is at min).
		if (Math.abs(p - min) < 1e-9 * sp) p = min;
		if (Math.abs(p - max) < 1e-9 * sp) p = max;
		final double[] g = grad(u);
		final double norm = Math.hypot(g[0], g[1]);
		final double[] t = { -g[1] / norm, g[0] / norm };
		if (t[0] * tPrev[0] + t[1] * tPrev[1] < 0) {
			t[0] = -t[0];
			t[1] = -t[1];
		}
		return new Node(u, t, Equilibrium.at(base.with(param, p), p, v), g[0] / SV);
	}

	private double f(final double[] u) {
		return base.with(param, u[1] * sp).steadyCurrent(u[0] * SV);
	}

	/** (∂F/∂u_V, ∂F/∂u_p) in scaled units, by central differences (F is linear in every p but cm). */
	private double[] grad(final double[] u) {
		final ModelField field = base.with(param, u[1] * sp);
		final double v = u[0] * SV, hv = 1e-5 * Math.max(1, Math.abs(v));
		final double fv = (field.steadyCurrent(v + hv) - field.steadyCurrent(v - hv)) / (2 * hv);
		final double p = u[1] * sp, hp = 1e-6 * Math.max(1, Math.abs(p));
		final double fp = (base.with(param, p + hp).steadyCurrent(v) - base.with(param, p - hp).steadyCurrent(v)) /
			(2 * hp);
		return new double[] { fv * SV, fp * sp };
	}

	/** Newton on {F(u) = 0, ⟨u - u0, t0⟩ = s}; null if it does not converge. */
	private double[] correct(final double[] u0, final double[] t0, final double s) {
		final double[] u = { u0[0] + s * t0[0], u0[1] + s * t0[1] };
		for (int it = 0; it < 30; it++) {
			final double r1 = f(u), r2 = (u[0] - u0[0]) * t0[0] + (u[1] - u0[1]) * t0[1] - s;
			final double[] g = grad(u);
			final double det = g[0] * t0[1] - g[1] * t0[0];
			if (det == 0 || !Double.isFinite(det)) return null;
			final double d0 = (-r1 * t0[1] + r2 * g[1]) / det, d1 = (-r2 * g[0] + r1 * t0[0]) / det;
			u[0] += d0;
			u[1] += d1;
			if (!Double.isFinite(u[0]) || !Double.isFinite(u[1])) return null;
			if (Math.abs(d0) + Math.abs(d1) < 1e-12 * (1 + Math.abs(u[0]) + Math.abs(u[1]))) return u;
		}
		return null;
	}

	/** The point of the curve at p = bound between u0 (inside) and u1 (outside): Newton in V. */
	private double[] onBoundary(final double[] u0, final double[] u1, final double bound) {
		final double w = (bound / sp - u0[1]) / (u1[1] - u0[1]);
		double v = (u0[0] + w * (u1[0] - u0[0])) * SV;
		final ModelField field = base.with(param, bound);
		for (int it = 0; it < 50; it++) {
			final double h = 1e-5 * Math.max(1, Math.abs(v));
			final double dv = field.steadyCurrent(v) / ((field.steadyCurrent(v + h) - field.steadyCurrent(v - h)) /
				(2 * h));
			v -= dv;
			if (!Double.isFinite(v)) return null;
			if (Math.abs(dv) < 1e-12 * (1 + Math.abs(v))) return new double[] { v / SV, bound / sp };
		}
		return null;
	}

	/** The point between a and b where {@code test} vanishes, by Brent on the arclength from a. */
	private Node locate(final Node a, final Node b, final java.util.function.ToDoubleFunction<Node> test) {
		final double sEnd = (b.u[0] - a.u[0]) * a.t[0] + (b.u[1] - a.u[1]) * a.t[1];
		final DoubleUnaryOperator g = s -> {
			if (s <= 0) return test.applyAsDouble(a);
			if (s >= sEnd) return test.applyAsDouble(b);
			final double[] u = correct(a.u, a.t, s);
			if (u == null) throw new IllegalStateException("continuation lost the branch while locating an event");
			return test.applyAsDouble(node(u, a.t));
		};
		final double s = new BrentSolver(1e-15, 1e-13).solve(200, g::applyAsDouble, 0, sEnd);
		return s <= 0 ? a : s >= sEnd ? b : node(correct(a.u, a.t, s), a.t);
	}
}
