package org.loligo.engine.sim;

import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.HHModel;

/**
 * Forward Euler on all four variables:
 * {@code V' = V + dt·(I - I_ion)/C}, {@code x' = x + dt·(α_x(1 - x) - β_x x)}.
 * <p>
 * A gate stays in [0, 1] exactly when {@code dt·(α_x + β_x) ≤ 1} (the update is then a convex
 * combination of x and 1); larger steps can push it out, which the engine reports as divergence
 * rather than clamping.
 */
final class EulerScheme implements Scheme {

	@Override
	public String name() {
		return "euler";
	}

	@Override
	public int order() {
		return 1;
	}

	@Override
	public Stepper prepare(final HHModel p, final double dt, final boolean rateTables) {
		final GateKinetics k = p.kinetics();
		final double gNa = p.gNa(), gK = p.gK(), gL = p.gL(), eNa = p.eNa(), eK = p.eK(), eL = p.eL();
		final double dtOverC = dt / p.cm();
		return (s, from, to, iNow, iMid, iNext) -> {
			final double[] v = s.v, m = s.m, h = s.h, n = s.n;
			for (int i = from; i < to; i++) {
				final double vi = v[i], mi = m[i], hi = h[i], ni = n[i];
				final double n2 = ni * ni;
				final double iIon = gNa * mi * mi * mi * hi * (vi - eNa) + gK * n2 * n2 * (vi - eK) + gL * (vi -
					eL);
				v[i] = vi + dtOverC * (iNow[i] - iIon);
				m[i] = gate(mi, k.alphaM(vi), k.betaM(vi), dt);
				h[i] = gate(hi, k.alphaH(vi), k.betaH(vi), dt);
				n[i] = gate(ni, k.alphaN(vi), k.betaN(vi), dt);
			}
		};
	}

	/**
	 * {@code x + dt·(α(1 - x) - βx)} written as {@code x + c·(x∞ - x)} with {@code c = dt(α + β)}: the same
	 * number mathematically, but rounding can no longer push x past x∞ or past 1 (a gate at 1 - 1 ulp with
	 * x∞ ≈ 1 would otherwise land on 1 + 1 ulp).
	 */
	private static double gate(final double x, final double alpha, final double beta, final double dt) {
		final double sum = alpha + beta;
		return sum > 0 ? x + dt * sum * (alpha / sum - x) : x;
	}
}
