package org.loligo.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Independent reference values for conductance-based neurons driven by a constant current,
 * computed with commons-math's Dormand–Prince 8(5,3) at tight tolerances. Nothing here uses
 * the engine: it is what the engine's tests are checked against.
 * <p>
 * Conventions: V in mV, t in ms, currents in µA/cm², rates in Hz. A spike is an upward crossing
 * of {@code threshold} by V, located by an event handler on the dense output (so its time is
 * not quantised to steps). Runs without an explicit initial state start from the resting
 * state at I = 0 (V at rest, every gate at its steady state) and switch the current on at t = 0.
 */
public final class NeuronReference {

	/** A model whose state is {V, gates...}; the applied current is fixed per instance. */
	public interface Model extends FirstOrderDifferentialEquations {
		String name();

		/** Applied current, µA/cm². */
		double current();

		/** The same model at another applied current. */
		Model withCurrent(double current);

		/** State vector at voltage v with every gate at its steady state x∞(v). */
		double[] steadyState(double v);

		/** I_ss(v): total ionic current (outward positive) with gates at steady state, µA/cm². */
		double steadyStateCurrent(double v);
	}

	/** Absolute and relative tolerance of the integrator by default. */
	public static final double DEFAULT_TOLERANCE = 1e-10;
	/** Largest step, ms: a guard only, the error control takes far smaller steps in spikes. */
	public static final double DEFAULT_MAX_STEP = 0.5;
	/** How often (ms) the event function is sampled inside a step: spikes stay above 0 mV for
	 * several tenths of a ms, so no up/down pair of crossings can hide between two samples. */
	static final double EVENT_CHECK = 0.05;
	/** Voltage range scanned for equilibria, mV, and the scan step. */
	static final double V_LOW = -100.0, V_HIGH = 50.0, V_SCAN = 0.05;

	private final Model model;
	private final double threshold;
	private final double tolerance;
	private final double maxStep;

	/** Spike threshold 0 mV, default tolerance and maximal step. */
	public NeuronReference(Model model) {
		this(model, 0.0, DEFAULT_TOLERANCE, DEFAULT_MAX_STEP);
	}

	/**
	 * @param threshold spike threshold, mV (upward crossings count)
	 * @param tolerance absolute and relative tolerance of the integrator
	 * @param maxStep largest step, ms
	 */
	public NeuronReference(Model model, double threshold, double tolerance, double maxStep) {
		this.model = model;
		this.threshold = threshold;
		this.tolerance = tolerance;
		this.maxStep = maxStep;
	}

	public Model model() {
		return model;
	}

	// ---- (a) resting state -------------------------------------------------------------------

	/**
	 * The resting potential at a constant current: the lowest root of F(V) = I - I_ss(V), refined
	 * by Brent to ~1e-13 mV. I_ss(V_LOW) &lt; I for every I the models are used at, so the lowest
	 * root is where I_ss crosses I upward, the candidate stable node (confirm with
	 * {@link #maxRealEigenvalue} or by integrating); a current above the fold has none, and this
	 * throws.
	 */
	public double restingPotential(double current) {
		UnivariateFunction f = v -> model.steadyStateCurrent(v) - current;
		double prev = f.value(V_LOW);
		for (double v = V_LOW + V_SCAN; v <= V_HIGH; v += V_SCAN) {
			double next = f.value(v);
			if (prev < 0 && next >= 0)
				return new BrentSolver(1e-15, 1e-13).solve(1000, f, v - V_SCAN, v);
			prev = next;
		}
		throw new IllegalStateException("no equilibrium of " + model.name() + " at I = " + current);
	}

	/** F(V) = I - I_ss(V) in µA/cm²: the residual an equilibrium must make vanish. */
	public double restResidual(double current, double v) {
		return current - model.steadyStateCurrent(v);
	}

	/** The resting state vector at a constant current (V at rest, gates at steady state). */
	public double[] restState(double current) {
		return model.steadyState(restingPotential(current));
	}

	/**
	 * Largest real part (1/ms) of the eigenvalues of the Jacobian at a state, by central
	 * differences: negative means a stable equilibrium; it goes to 0 at the saddle-node.
	 */
	public double maxRealEigenvalue(double current, double[] state) {
		Model m = model.withCurrent(current);
		int d = m.getDimension();
		double[][] jac = new double[d][d];
		double[] up = new double[d], down = new double[d];
		for (int j = 0; j < d; j++) {
			double[] y = state.clone();
			double hj = 1e-6 * Math.max(1.0, Math.abs(state[j]));
			y[j] = state[j] + hj;
			m.computeDerivatives(0, y, up);
			y[j] = state[j] - hj;
			m.computeDerivatives(0, y, down);
			for (int i = 0; i < d; i++)
				jac[i][j] = (up[i] - down[i]) / (2 * hj);
		}
		return Arrays.stream(new EigenDecomposition(new Array2DRowRealMatrix(jac, false))
			.getRealEigenvalues()).max().getAsDouble();
	}

	// ---- (b) integration and spike times -----------------------------------------------------

	/** Integrates from y0 at t = 0 to {@code duration}; returns the final state. */
	public double[] integrate(double current, double[] y0, double duration) {
		return run(current, y0, duration, new ArrayList<>());
	}

	/** Spike times (ms) in (0, duration] from a given initial state at a constant current. */
	public double[] spikeTimes(double current, double[] y0, double duration) {
		List<Double> spikes = new ArrayList<>();
		run(current, y0, duration, spikes);
		return spikes.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** Spike times (ms) in (0, duration] from rest at I = 0, the current stepped on at t = 0. */
	public double[] spikeTimes(double current, double duration) {
		return spikeTimes(current, restState(0.0), duration);
	}

	private double[] run(double current, double[] y0, double duration, List<Double> spikes) {
		DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-12, maxStep, tolerance,
			tolerance);
		dp.addEventHandler(new EventHandler() {
			@Override
			public void init(double t0, double[] y, double t) {}

			@Override
			public double g(double t, double[] y) {
				return y[0] - threshold;
			}

			@Override
			public Action eventOccurred(double t, double[] y, boolean increasing) {
				if (increasing)
					spikes.add(t);
				return Action.CONTINUE;
			}

			@Override
			public void resetState(double t, double[] y) {}
		}, EVENT_CHECK, 1e-11, 1000); // 1e-11 ms is still above double's spacing at t = 2e4 ms
		double[] y = new double[y0.length];
		dp.integrate(model.withCurrent(current), 0.0, y0.clone(), duration, y);
		return y;
	}

	// ---- (c) steady firing rate --------------------------------------------------------------

	/**
	 * Steady firing rate (Hz) at a constant current, from rest at I = 0: 1000 / (mean of the last
	 * {@code isis} interspike intervals among the spikes after {@code transientMs}); fewer ISIs are
	 * used if fewer exist, and 0 is returned with fewer than two spikes after the transient.
	 */
	public double steadyRate(double current, double transientMs, double duration, int isis) {
		double[] t = Arrays.stream(spikeTimes(current, duration)).filter(s -> s > transientMs)
			.toArray();
		if (t.length < 2)
			return 0.0;
		int k = Math.min(isis, t.length - 1);
		return 1000.0 * k / (t[t.length - 1] - t[t.length - 1 - k]);
	}

	// ---- (d) rheobase ------------------------------------------------------------------------

	/**
	 * Repetitive firing from rest: at least {@code minSpikes} spikes after {@code transientMs}
	 * within {@code duration}. Excludes onset spikes; a finite window cannot see rates below about
	 * (minSpikes - 1) / (duration - transient), which biases a bisected rheobase upward (see
	 * README-reference.md for its size under the square-root law of type I neurons).
	 */
	public boolean firesRepetitively(double current, double transientMs, double duration,
		int minSpikes) {
		return Arrays.stream(spikeTimes(current, duration)).filter(s -> s > transientMs)
			.count() >= minSpikes;
	}

	/**
	 * Bisection for the smallest current that fires repetitively (criterion of
	 * {@link #firesRepetitively}). The bracket [lo, hi] must not fire at lo and must fire at hi
	 * (checked); stops when hi - lo &lt; tol and returns the midpoint, so mid - tol does not fire
	 * and mid + tol fires.
	 */
	public double rheobase(double lo, double hi, double tol, double transientMs, double duration,
		int minSpikes) {
		if (firesRepetitively(lo, transientMs, duration, minSpikes)
			|| !firesRepetitively(hi, transientMs, duration, minSpikes))
			throw new IllegalArgumentException("[" + lo + ", " + hi + "] does not bracket");
		while (hi - lo >= tol) {
			double mid = 0.5 * (lo + hi);
			if (firesRepetitively(mid, transientMs, duration, minSpikes))
				hi = mid;
			else
				lo = mid;
		}
		return 0.5 * (lo + hi);
	}

	// ---- (e) saddle-node (fold) of the steady-state I–V curve -------------------------------

	/**
	 * Voltage of the fold on the resting branch: the first local maximum of I_ss(V) above the
	 * resting potential at I = 0, located by scanning the slope and refined by Brent's optimiser.
	 * Above its current the resting equilibrium no longer exists.
	 */
	public double foldVoltage() {
		double v0 = restingPotential(0.0);
		for (double v = v0; v <= V_HIGH; v += V_SCAN) {
			if (slope(v + V_SCAN) < 0) {
				BrentOptimizer opt = new BrentOptimizer(1e-14, 1e-13);
				return opt.optimize(new MaxEval(1000),
					new UnivariateObjectiveFunction(model::steadyStateCurrent), GoalType.MAXIMIZE,
					new SearchInterval(v, v + V_SCAN)).getPoint();
			}
		}
		throw new IllegalStateException("I_ss of " + model.name() + " has no fold above rest");
	}

	/** The current at the fold (max of I_ss on the resting branch): a SNIC neuron's rheobase. */
	public double foldCurrent() {
		return model.steadyStateCurrent(foldVoltage());
	}

	private double slope(double v) {
		double h = 1e-6;
		return (model.steadyStateCurrent(v + h) - model.steadyStateCurrent(v - h)) / (2 * h);
	}
}
