package org.loligo.engine.sim;

import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.NeuronModel;

/**
 * The classic fourth-order Runge–Kutta scheme on (V, m, h, n), with the injected current evaluated at
 * t, t + dt/2 and t + dt as the stages require.
 */
final class RungeKutta4Scheme implements Scheme {

	@Override
	public String name() {
		return "rk4";
	}

	@Override
	public int order() {
		return 4;
	}

	@Override
	public Stepper prepare(final NeuronModel model, final double dt, final boolean rateTables) {
		final HHModel p = Schemes.specialised ? model.hh() : null;
		if (p == null) return new GenericSteppers.Rk4(new CompiledModel(model), dt);
		return new Stepper() {

			@Override
			public void step(final PopulationState s, final int from, final int to, final double[] iNow,
				final double[] iMid, final double[] iNext)
			{
				// NB: one small scratch array per call (per block and step), not per neuron.
				final double[] k1 = new double[4], k2 = new double[4], k3 = new double[4], k4 = new double[4];
				final double[] v = s.v, m = s.m, h = s.h, n = s.n;
				final double half = 0.5 * dt;
				for (int i = from; i < to; i++) {
					final double v0 = v[i], m0 = m[i], h0 = h[i], n0 = n[i];
					derivative(p, v0, m0, h0, n0, iNow[i], k1);
					derivative(p, v0 + half * k1[0], m0 + half * k1[1], h0 + half * k1[2], n0 + half * k1[3], iMid[i],
						k2);
					derivative(p, v0 + half * k2[0], m0 + half * k2[1], h0 + half * k2[2], n0 + half * k2[3], iMid[i],
						k3);
					derivative(p, v0 + dt * k3[0], m0 + dt * k3[1], h0 + dt * k3[2], n0 + dt * k3[3], iNext[i], k4);
					final double w = dt / 6.0;
					v[i] = v0 + w * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
					m[i] = m0 + w * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
					h[i] = h0 + w * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
					n[i] = n0 + w * (k1[3] + 2 * k2[3] + 2 * k3[3] + k4[3]);
				}
			}

			@Override
			public boolean usesLaterCurrents() {
				return true;
			}
		};
	}

	/** The HH vector field at (v, m, h, n) with injected current i (µA/cm²), into out[0..3]. */
	static void derivative(final HHModel p, final double v, final double m, final double h, final double n,
		final double i, final double[] out)
	{
		final GateKinetics k = p.kinetics();
		final double iIon = p.iNa(v, m, h) + p.iK(v, n) + p.iL(v);
		out[0] = (i - iIon) / p.cm();
		out[1] = k.alphaM(v) * (1 - m) - k.betaM(v) * m;
		out[2] = k.alphaH(v) * (1 - h) - k.betaH(v) * h;
		out[3] = k.alphaN(v) * (1 - n) - k.betaN(v) * n;
	}
}
