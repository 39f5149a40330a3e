package org.loligo.engine.sim;

import org.loligo.engine.model.Gate;

/**
 * The three deterministic schemes written once for any {@link org.loligo.engine.model.NeuronModel}:
 * V plus any number of state gates, instantaneous gates, channels with any gate powers. The specialised
 * HH kernels ({@link ExponentialEulerScheme}, {@link EulerScheme}, {@link RungeKutta4Scheme}) are chosen
 * for HH-shaped models and give these kernels' doubles ({@code GenericKernelTest}).
 * <p>
 * Per neuron each keeps a few scratch doubles (new gates, instantaneous gates, coefficients), allocated
 * once per stepper call, never per neuron.
 */
final class GenericSteppers {

	private GenericSteppers() {}

	/**
	 * Staggered exponential Euler (see {@link ExponentialEulerScheme}): state gates {@code x' = A·x + B} and
	 * instantaneous gates at V(t), then V by its exact solution at the new gates,
	 * {@code V' = V∞ + (V - V∞)·exp(-G·dt/C)}, {@code G = Σ_c g_c + g_x},
	 * {@code V∞ = (Σ_c g_c E_c + I + (gE)_x)/G}; with G exactly 0 the limit {@code V' = V + dt·I/C}.
	 */
	static final class ExpEuler implements NeuronBlock.FusedStepper {

		private final CompiledModel cm;
		private final RateTable exact;
		private final double[] tab;
		private final int stride;
		private final double dtOverC, minusDtOverC;

		ExpEuler(final CompiledModel model, final double dt, final boolean rateTables) {
			this.cm = model;
			this.exact = rateTables ? new RateTable(model.model, dt) : RateTable.exactOnly(model.model, dt, false);
			this.tab = rateTables ? exact.coefficients : null;
			this.stride = exact.stride;
			this.dtOverC = dt / model.cm;
			this.minusDtOverC = -dt / model.cm;
		}

		@Override
		public void step(final PopulationState s, final int from, final int to, final double[] iNow,
			final double[] iMid, final double[] iNext)
		{
			step(s, from, to, iNow, null, null, null);
		}

		@Override
		public void step(final PopulationState s, final int from, final int to, final double[] iNow,
			final NeuronBlock block)
		{
			step(s, from, to, iNow, null, null, block);
		}

		/**
		 * Advances [from, to) under currents iNow (µA/cm²) and, when not null, extra conductances gExtra
		 * (mS/cm²) with their Σ g·E in gExtraE (µA/cm²); with a block, hands each neuron to its finish.
		 */
		void step(final PopulationState s, final int from, final int to, final double[] iNow,
			final double[] gExtra, final double[] gExtraE, final NeuronBlock block)
		{
			final int ns = cm.states, ni = cm.instants;
			final double[] v = s.v;
			final double[][] x = s.gates;
			final double[] xn = new double[ns], inst = new double[ni], ab = new double[stride / 2];
			final double[] t = tab;
			for (int i = from; i < to; i++) {
				final double vi = v[i];
				final double p = (vi - RateTable.V_MIN) * RateTable.INV_STEP;
				if (t != null && p >= 0 && p < RateTable.POINTS) {
					final int j = (int) p;
					final double f = p - j;
					final int b = j * stride;
					for (int k = 0, o = b; k < ns; k++, o += 4)
						xn[k] = (t[o] + f * t[o + 1]) * x[k][i] + (t[o + 2] + f * t[o + 3]);
					for (int q = 0, o = b + 4 * ns; q < ni; q++, o += 2)
						inst[q] = t[o] + f * t[o + 1];
				}
				else {
					exact.exactAt(vi, ab);
					for (int k = 0; k < ns; k++)
						xn[k] = ab[2 * k] * x[k][i] + ab[2 * k + 1];
					for (int q = 0; q < ni; q++)
						inst[q] = ab[2 * ns + q];
				}
				double vNew = vStep(vi, xn, inst, iNow[i], gExtra == null ? 0 : gExtra[i], gExtra == null ? 0 :
					gExtraE[i]);
				if (ni > 0) {
					// NB: instantaneous gates follow V within the step, so those of V(t) make the step first
					// order (Wang–Buzsáki's m: 1.2 ms of spike-time error after 200 ms at dt = 0.01). Taken again at
					// the midpoint of this first step's V, they make it second order, as the staggered gates are.
					instantsAt(0.5 * (vi + vNew), inst, ab);
					vNew = vStep(vi, xn, inst, iNow[i], gExtra == null ? 0 : gExtra[i], gExtra == null ? 0 : gExtraE[i]);
				}
				for (int k = 0; k < ns; k++)
					x[k][i] = xn[k];
				v[i] = block == null ? vNew : block.finish(i, vi, vNew);
			}
		}

		/** The instantaneous gates at V, from the table where it has V, else exact; ab is scratch. */
		private void instantsAt(final double v, final double[] inst, final double[] ab) {
			final int ns = cm.states;
			final double p = (v - RateTable.V_MIN) * RateTable.INV_STEP;
			if (tab != null && p >= 0 && p < RateTable.POINTS) {
				final int j = (int) p;
				final double f = p - j;
				for (int q = 0, o = j * stride + 4 * ns; q < inst.length; q++, o += 2)
					inst[q] = tab[o] + f * tab[o + 1];
			}
			else cm.instants(v, inst);
		}

		/**
		 * V after one step from vi at gates xn, inst: {@code V∞ + (V - V∞)·exp(-G·dt/C)}. NB: the sums run
		 * channel by channel from 0, then the current, then the extra conductance, in the order of the HH
		 * kernels (adding an extra conductance of +0.0 changes no bit).
		 */
		private double vStep(final double vi, final double[] xn, final double[] inst, final double current,
			final double gx, final double gxE)
		{
			double g = 0, num = 0;
			for (int c = 0; c < cm.channels; c++) {
				final double gc = cm.conductance(c, xn, inst);
				g += gc;
				num += gc * cm.reversal[c];
			}
			num += current;
			g += gx;
			num += gxE;
			if (g > 0) {
				final double vInf = num / g;
				return vInf + (vi - vInf) * ExponentialEulerScheme.exp(minusDtOverC * g);
			}
			return vi + dtOverC * num;
		}
	}

	/**
	 * Forward Euler on V and the gates, all right-hand sides at time t: {@code V' = V + dt·(I - I_ion)/C},
	 * gates {@code x' = A·x + B} from a forward-Euler table or exactly as {@code x + dt(α+β)(x∞ - x)}.
	 */
	static final class Euler implements NeuronBlock.FusedStepper {

		private final CompiledModel cm;
		private final double[] tab;
		private final int stride;
		private final double dt, dtOverC;

		Euler(final CompiledModel model, final double dt, final boolean rateTables) {
			this.cm = model;
			final RateTable t = rateTables ? new RateTable(model.model, dt, true) : null;
			this.tab = t == null ? null : t.coefficients;
			this.stride = 4 * model.states + 2 * model.instants;
			this.dt = dt;
			this.dtOverC = dt / model.cm;
		}

		@Override
		public void step(final PopulationState s, final int from, final int to, final double[] iNow,
			final double[] iMid, final double[] iNext)
		{
			step(s, from, to, iNow, null);
		}

		@Override
		public void step(final PopulationState s, final int from, final int to, final double[] iNow,
			final NeuronBlock block)
		{
			final int ns = cm.states, ni = cm.instants;
			final double[] v = s.v;
			final double[][] x = s.gates;
			final double[] xo = new double[ns], xn = new double[ns], inst = new double[ni];
			final double[] t = tab;
			for (int i = from; i < to; i++) {
				final double vi = v[i];
				for (int k = 0; k < ns; k++)
					xo[k] = x[k][i];
				cm.instants(vi, inst);
				final double vNew = vi + dtOverC * (iNow[i] - cm.ionic(vi, xo, inst));
				final double p = (vi - RateTable.V_MIN) * RateTable.INV_STEP;
				if (t != null && p >= 0 && p < RateTable.POINTS) {
					final int j = (int) p;
					final double f = p - j;
					for (int k = 0, o = j * stride; k < ns; k++, o += 4)
						xn[k] = (t[o] + f * t[o + 1]) * xo[k] + (t[o + 2] + f * t[o + 3]);
				}
				else for (int k = 0; k < ns; k++)
					xn[k] = gate(cm.stateGates[k], vi, xo[k], dt);
				for (int k = 0; k < ns; k++)
					x[k][i] = xn[k];
				v[i] = block == null ? vNew : block.finish(i, vi, vNew);
			}
		}

		/**
		 * {@code x + dt·dx/dt} written as {@code x + c·(x∞ - x)}, {@code c = dt/τ}: rounding can then not push
		 * x past x∞ or past 1.
		 */
		private static double gate(final Gate g, final double v, final double x, final double dt) {
			if (g.kind() == Gate.Kind.RATES) {
				final double alpha = g.alpha(v), sum = alpha + g.beta(v);
				return sum > 0 ? x + dt * sum * (alpha / sum - x) : x;
			}
			return x + dt / g.tau(v) * (g.inf(v) - x);
		}
	}

	/** Classic fourth-order Runge–Kutta on (V, state gates), currents at t, t + dt/2, t + dt. */
	static final class Rk4 implements Stepper {

		private final CompiledModel cm;
		private final double dt;

		Rk4(final CompiledModel model, final double dt) {
			this.cm = model;
			this.dt = dt;
		}

		@Override
		public void step(final PopulationState s, final int from, final int to, final double[] iNow,
			final double[] iMid, final double[] iNext)
		{
			final int ns = cm.states, d = ns + 1;
			final double[] k1 = new double[d], k2 = new double[d], k3 = new double[d], k4 = new double[d];
			final double[] x0 = new double[ns], y = new double[ns], inst = new double[cm.instants];
			final double half = 0.5 * dt, w = dt / 6.0;
			final double[] v = s.v;
			final double[][] x = s.gates;
			for (int i = from; i < to; i++) {
				final double v0 = v[i];
				for (int k = 0; k < ns; k++)
					x0[k] = x[k][i];
				cm.derivative(v0, x0, iNow[i], inst, k1);
				stage(x0, k1, half, y);
				cm.derivative(v0 + half * k1[0], y, iMid[i], inst, k2);
				stage(x0, k2, half, y);
				cm.derivative(v0 + half * k2[0], y, iMid[i], inst, k3);
				stage(x0, k3, dt, y);
				cm.derivative(v0 + dt * k3[0], y, iNext[i], inst, k4);
				v[i] = v0 + w * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
				for (int k = 0; k < ns; k++)
					x[k][i] = x0[k] + w * (k1[k + 1] + 2 * k2[k + 1] + 2 * k3[k + 1] + k4[k + 1]);
			}
		}

		private static void stage(final double[] x0, final double[] slope, final double h, final double[] out) {
			for (int k = 0; k < x0.length; k++)
				out[k] = x0[k] + h * slope[k + 1];
		}

		@Override
		public boolean usesLaterCurrents() {
			return true;
		}
	}
}
