package org.loligo.engine.sim;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.loligo.engine.model.NeuronModel;

/**
 * An independent high-accuracy solution of the HH equations with constant injected current: commons-math
 * {@link DormandPrince853Integrator} (adaptive 8th order) at tolerances 1e-12, sampled at given times.
 * Written from the equations, not from the engine's code paths (only the model's rate functions, which
 * {@code ModelTest} checks against the published formulas, are shared).
 */
final class ReferenceSolution {

	private ReferenceSolution() {}

	/** V(t) in mV at each of {@code times} (ascending, from 0), starting from the model's rest state. */
	static double[] voltage(final NeuronModel model, final double current, final double[] times) {
		final org.loligo.engine.model.HHModel p = model.hh();
		final FirstOrderDifferentialEquations hh = new FirstOrderDifferentialEquations() {

			@Override
			public int getDimension() {
				return 4;
			}

			@Override
			public void computeDerivatives(final double t, final double[] y, final double[] dy) {
				final double v = y[0], m = y[1], h = y[2], n = y[3];
				final var k = p.kinetics();
				final double iIon = p.gNa() * Math.pow(m, 3) * h * (v - p.eNa()) + p.gK() * Math.pow(n, 4) * (v - p
					.eK()) + p.gL() * (v - p.eL());
				dy[0] = (current - iIon) / p.cm();
				dy[1] = k.alphaM(v) * (1 - m) - k.betaM(v) * m;
				dy[2] = k.alphaH(v) * (1 - h) - k.betaH(v) * h;
				dy[3] = k.alphaN(v) * (1 - n) - k.betaN(v) * n;
			}
		};
		final DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-12, 0.05, 1e-12, 1e-12);
		final double v0 = p.vInit();
		final double[] y = { v0, p.mInf(v0), p.hInf(v0), p.nInf(v0) };
		final double[] out = new double[times.length];
		double t = 0;
		for (int k = 0; k < times.length; k++) {
			if (times[k] > t) {
				dp.integrate(hh, t, y, times[k], y);
				t = times[k];
			}
			out[k] = y[0];
		}
		return out;
	}
}
