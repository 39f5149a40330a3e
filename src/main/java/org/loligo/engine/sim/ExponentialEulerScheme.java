package org.loligo.engine.sim;

import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.HHModel;

/**
 * Exponential Euler (Rush &amp; Larsen 1978): over one step every variable is advanced by the exact
 * solution of its equation with the others frozen at time t.
 * <ul>
 * <li>Gates: {@code x' = x∞ + (x - x∞)·exp(-(α + β)·dt)}, i.e. {@code x' = A·x + B} (see
 * {@link RateTable}); a convex combination of x and 1, so gates stay in [0, 1] at any dt.</li>
 * <li>V, which is linear in itself at frozen gates:
 * {@code V' = V∞ + (V - V∞)·exp(-G·dt/C)}, with total conductance
 * {@code G = gNa m³h + gK n⁴ + gL} and {@code V∞ = (gNa m³h ENa + gK n⁴ EK + gL EL + I)/G}. Plain
 * Rush–Larsen uses forward Euler for V; the exponential form costs one exp and removes V's step limit
 * (as Brian2's {@code exponential_euler} does).</li>
 * </ul>
 * First order in dt. With {@code rateTables} the gate coefficients come from a {@link RateTable}.
 */
final class ExponentialEulerScheme implements Scheme {

	@Override
	public String name() {
		return "exp-euler";
	}

	@Override
	public int order() {
		return 1;
	}

	@Override
	public Stepper prepare(final HHModel p, final double dt, final boolean rateTables) {
		return new ExpEulerStepper(p, dt, rateTables ? new RateTable(p.kinetics(), dt) : null);
	}

	private static final class ExpEulerStepper implements Stepper {

		private final GateKinetics k;
		private final double dt, gNa, gK, gL, eNa, eK, gLeL, minusDtOverC;
		private final double[] tab;

		ExpEulerStepper(final HHModel p, final double dt, final RateTable table) {
			this.k = p.kinetics();
			this.dt = dt;
			this.gNa = p.gNa();
			this.gK = p.gK();
			this.gL = p.gL();
			this.eNa = p.eNa();
			this.eK = p.eK();
			this.gLeL = p.gL() * p.eL();
			this.minusDtOverC = -dt / p.cm();
			this.tab = table == null ? null : table.coefficients;
		}

		@Override
		public void step(final PopulationState s, final int from, final int to, final double[] iNow,
			final double[] iMid, final double[] iNext)
		{
			final double[] v = s.v, m = s.m, h = s.h, n = s.n;
			final double[] ab = new double[6];
			final double[] t = tab;
			for (int i = from; i < to; i++) {
				final double vi = v[i], mi = m[i], hi = h[i], ni = n[i];
				// V first, at the gates of time t.
				final double n2 = ni * ni;
				final double gNaNow = gNa * mi * mi * mi * hi;
				final double gKNow = gK * n2 * n2;
				final double g = gNaNow + gKNow + gL;
				final double vInf = (gNaNow * eNa + gKNow * eK + gLeL + iNow[i]) / g;
				v[i] = vInf + (vi - vInf) * Math.exp(minusDtOverC * g);
				// Gates at V of time t.
				final double x = (vi - RateTable.V_MIN) * RateTable.INV_STEP;
				if (t != null && x >= 0 && x < RateTable.POINTS) {
					final int j = (int) x;
					final double f = x - j;
					final int b = j * 6;
					m[i] = lerp(t[b], t[b + 6], f) * mi + lerp(t[b + 1], t[b + 7], f);
					h[i] = lerp(t[b + 2], t[b + 8], f) * hi + lerp(t[b + 3], t[b + 9], f);
					n[i] = lerp(t[b + 4], t[b + 10], f) * ni + lerp(t[b + 5], t[b + 11], f);
				}
				else {
					RateTable.exact(k, vi, dt, ab);
					m[i] = ab[0] * mi + ab[1];
					h[i] = ab[2] * hi + ab[3];
					n[i] = ab[4] * ni + ab[5];
				}
			}
		}

		private static double lerp(final double a, final double b, final double f) {
			return a + f * (b - a);
		}
	}
}
