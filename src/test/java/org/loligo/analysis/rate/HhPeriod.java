package org.loligo.analysis.rate;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.loligo.engine.model.NeuronModel;

/**
 * An independent reference for the period of HH firing: commons-math DormandPrince853 (tolerances
 * 1e-11) on the HH ODE written out from the equations, from rest (V = vInit, gates at steady state)
 * under a constant current, with upward crossings of a level located by an event handler. Only the
 * model's rate functions are shared with the engine.
 */
final class HhPeriod {

	private HhPeriod() {}

	/** Times (ms) of upward crossings of {@code level} (mV) within [0, duration]. */
	static double[] crossings(final NeuronModel model, final double current, final double duration, final double level) {
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
				final double iIon = p.gNa() * m * m * m * h * (v - p.eNa()) + p.gK() * n * n * n * n * (v - p.eK()) + p
					.gL() * (v - p.eL());
				dy[0] = (current - iIon) / p.cm();
				dy[1] = k.alphaM(v) * (1 - m) - k.betaM(v) * m;
				dy[2] = k.alphaH(v) * (1 - h) - k.betaH(v) * h;
				dy[3] = k.alphaN(v) * (1 - n) - k.betaN(v) * n;
			}
		};
		final List<Double> times = new ArrayList<>();
		final DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-12, 0.05, 1e-11, 1e-11);
		dp.addEventHandler(new EventHandler() {

			@Override
			public void init(final double t0, final double[] y0, final double t) {}

			@Override
			public double g(final double t, final double[] y) {
				return y[0] - level;
			}

			@Override
			public Action eventOccurred(final double t, final double[] y, final boolean increasing) {
				if (increasing) times.add(t);
				return Action.CONTINUE;
			}

			@Override
			public void resetState(final double t, final double[] y) {}
		}, 0.01, 1e-10, 1000);
		final double v0 = p.vInit();
		final double[] y = { v0, p.mInf(v0), p.hInf(v0), p.nInf(v0) };
		dp.integrate(hh, 0, y, duration, y);
		return times.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** Mean period (ms) over the crossings after {@code settle} ms. */
	static double period(final NeuronModel model, final double current, final double duration, final double settle,
		final double level)
	{
		final org.loligo.engine.model.HHModel p = model.hh();
		final double[] t = crossings(model, current, duration, level);
		int first = 0;
		while (first < t.length && t[first] < settle)
			first++;
		if (t.length - first < 3) throw new IllegalStateException("too few crossings: " + (t.length - first));
		return (t[t.length - 1] - t[first]) / (t.length - 1 - first);
	}
}
