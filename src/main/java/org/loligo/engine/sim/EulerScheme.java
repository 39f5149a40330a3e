package org.loligo.engine.sim;

import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.NeuronModel;

/**
 * Forward Euler on all four variables, all right-hand sides at time t:
 * {@code V' = V + dt·(I - I_ion)/C}, {@code x' = x + dt·(α_x(1 - x) - β_x x)}. With additive noise
 * this is the Euler–Maruyama scheme (the noise increment is added by the simulation).
 * <p>
 * A gate stays in [0, 1] exactly when {@code dt·(α_x + β_x) ≤ 1} (the update is then a convex
 * combination of x and 1); larger steps can push it out, which the engine reports as divergence
 * rather than clamping.
 * <p>
 * With {@code rateTables}, the gate update {@code x' = A·x + B} takes A and B from a forward-Euler
 * {@link RateTable} (linear interpolation on a 1/32 mV grid); without, the rates are computed exactly.
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
	public Stepper prepare(final NeuronModel model, final double dt, final boolean rateTables) {
		final HHModel p = Schemes.specialised ? model.hh() : null;
		if (p == null) return new GenericSteppers.Euler(new CompiledModel(model), dt, rateTables);
		return new EulerStepper(p, dt, rateTables ? new RateTable(model, dt, true) : null);
	}

	/** Fused, like the exp-euler stepper: the schedule's tail runs while each neuron is in registers. */
	private static final class EulerStepper implements NeuronBlock.FusedStepper {

		private final GateKinetics k;
		private final double dt, gNa, gK, gL, eNa, eK, eL, dtOverC;
		private final double[] tab;

		EulerStepper(final HHModel p, final double dt, final RateTable table) {
			this.k = p.kinetics();
			this.dt = dt;
			this.gNa = p.gNa();
			this.gK = p.gK();
			this.gL = p.gL();
			this.eNa = p.eNa();
			this.eK = p.eK();
			this.eL = p.eL();
			this.dtOverC = dt / p.cm();
			this.tab = table == null ? null : table.coefficients;
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
			final double[] v = s.v, m = s.m, h = s.h, n = s.n;
			final double[] t = tab;
			for (int i = from; i < to; i++) {
				final double vi = v[i], mi = m[i], hi = h[i], ni = n[i];
				final double n2 = ni * ni;
				final double iIon = gNa * mi * mi * mi * hi * (vi - eNa) + gK * n2 * n2 * (vi - eK) + gL * (vi - eL);
				final double vNew = vi + dtOverC * (iNow[i] - iIon);
				final double x = (vi - RateTable.V_MIN) * RateTable.INV_STEP;
				final double mNew, hNew, nNew;
				if (t != null && x >= 0 && x < RateTable.POINTS) {
					final int j = (int) x;
					final double f = x - j;
					final int b = j * RateTable.STRIDE;
					mNew = (t[b] + f * t[b + 1]) * mi + (t[b + 2] + f * t[b + 3]);
					hNew = (t[b + 4] + f * t[b + 5]) * hi + (t[b + 6] + f * t[b + 7]);
					nNew = (t[b + 8] + f * t[b + 9]) * ni + (t[b + 10] + f * t[b + 11]);
				}
				else {
					mNew = gate(mi, k.alphaM(vi), k.betaM(vi), dt);
					hNew = gate(hi, k.alphaH(vi), k.betaH(vi), dt);
					nNew = gate(ni, k.alphaN(vi), k.betaN(vi), dt);
				}
				v[i] = block == null ? vNew : block.finish(i, vi, vNew, mNew, hNew, nNew);
				m[i] = mNew;
				h[i] = hNew;
				n[i] = nNew;
			}
		}
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
