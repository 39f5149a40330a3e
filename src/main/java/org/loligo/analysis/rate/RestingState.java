package org.loligo.analysis.rate;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.sim.PopulationState;

/**
 * The resting equilibrium of a model under a constant current I (µA/cm²): the lowest potential V (mV) at
 * which the steady-state ionic current balances it,
 * <pre>
 *   I_ss(V) = gNa·m∞³h∞·(V - eNa) + gK·n∞⁴·(V - eK) + gL·(V - eL) = I,
 * </pre>
 * with the gates at their steady state there. "Lowest" because it is the branch continued from rest
 * as I rises (for the classic model I_ss is monotone and the root unique). It is where a quasi-static up
 * sweep starts: stepping from the I = 0 rest straight to currentMin would be a step stimulus, which in
 * the bistable range kicks the neuron onto the limit cycle and hides the hysteresis.
 */
public final class RestingState {

	/** Scanned for the first sign change of I_ss(V) - I, mV. */
	static final double V_LOW = -150, V_HIGH = 100, SCAN = 0.1;

	private RestingState() {}

	/** V (mV) of the lowest equilibrium at current I. */
	public static double potential(final HHModel p, final double current) {
		double a = V_LOW, fa = residual(p, a, current);
		for (double b = V_LOW + SCAN; b <= V_HIGH; b += SCAN) {
			final double fb = residual(p, b, current);
			if (fa == 0) return a;
			if (fa < 0 != fb < 0) return new BrentSolver(1e-12, 1e-13).solve(200, v -> residual(p, v, current), a,
				b);
			a = b;
			fa = fb;
		}
		throw new IllegalArgumentException("currentMin: no resting equilibrium of " + p.name() + " at " + current +
			" µA/cm² between " + V_LOW + " and " + V_HIGH + " mV");
	}

	/** Sets lane i of the state to the equilibrium at current I. */
	public static void set(final PopulationState s, final int i, final HHModel p, final double current) {
		final double v = potential(p, current);
		s.set(i, v, p.mInf(v), p.hInf(v), p.nInf(v));
	}

	private static double residual(final HHModel p, final double v, final double current) {
		return p.iNa(v, p.mInf(v), p.hInf(v)) + p.iK(v, p.nInf(v)) + p.iL(v) - current;
	}
}
