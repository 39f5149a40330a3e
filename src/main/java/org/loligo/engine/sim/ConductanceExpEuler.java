package org.loligo.engine.sim;

import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.HHModel;

/**
 * The staggered exponential-Euler step of {@link ExponentialEulerScheme} with an extra, per-neuron
 * conductance folded into V's exponential: synaptic conductances of networks.
 * <p>
 * Gates as there ({@code x' = A·x + B} at V(t)); then, at the new gates,
 * {@code V' = V∞ + (V - V∞)·exp(-G·dt/C)} with {@code G = gNa m³h + gK n⁴ + gL + g_x} and
 * {@code V∞ = (gNa m³h ENa + gK n⁴ EK + gL EL + I + (g·E)_x)/G}, where {@code g_x = gExtra[i]}
 * (mS/cm²) and {@code (g·E)_x = gExtraE[i]} (µA/cm², the sum of g·E over the synapses, so that each may
 * have its own reversal). A large synaptic conductance therefore never limits dt.
 * <p>
 * NB: with {@code gExtra[i] = gExtraE[i] = 0} every operation gives the same double as the
 * population stepper (adding +0.0 changes nothing), so a network without coupling reproduces
 * {@link Simulation} bit for bit. When G is exactly 0 (a passive membrane with gL = 0 and no open
 * conductance) the exponential degenerates and the step is {@code V' = V + dt·I/C}, its limit.
 * <p>
 * It is also exp-euler's stepper for HH-shaped models without synapses ({@link #withoutSynapses}), and
 * then fused (see {@link NeuronBlock.FusedStepper}): in a simulation each neuron's noise, checks and spike
 * detection run while its state is still in registers, which saves a copy of V and a second pass over
 * the arrays per step (about a fifth of the time of a step). Otherwise noise, checks and spike detection
 * are the caller's business.
 */
public final class ConductanceExpEuler implements ConductanceStepper {

	private final GateKinetics k;
	private final double dt, dtOverC, gNa, gK, gL, eNa, eK, gLeL, minusDtOverC;
	private final double[] tab;

	/**
	 * @param rateTables whether gate coefficients come from a {@link RateTable} (as the population run
	 *          does by default) or are computed exactly
	 */
	public ConductanceExpEuler(final HHModel p, final double dt, final boolean rateTables) {
		this.k = p.kinetics();
		this.dt = dt;
		this.dtOverC = dt / p.cm();
		this.gNa = p.gNa();
		this.gK = p.gK();
		this.gL = p.gL();
		this.eNa = p.eNa();
		this.eK = p.eK();
		this.gLeL = p.gL() * p.eL();
		this.minusDtOverC = -dt / p.cm();
		this.tab = rateTables ? new RateTable(p.model(), dt).coefficients : null;
	}

	/** Advances neurons [from, to) by one step; currents iNow in µA/cm², see the class javadoc. */
	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] gExtra, final double[] gExtraE)
	{
		step(s, from, to, iNow, gExtra, gExtraE, null);
	}

	/** The population stepper without synapses (the same kernel; see the class javadoc). */
	NeuronBlock.FusedStepper withoutSynapses() {
		return new NeuronBlock.FusedStepper() {

			@Override
			public void step(final PopulationState s, final int from, final int to, final double[] iNow,
				final double[] iMid, final double[] iNext)
			{
				ConductanceExpEuler.this.step(s, from, to, iNow, null, null, null);
			}

			@Override
			public void step(final PopulationState s, final int from, final int to, final double[] iNow,
				final NeuronBlock block)
			{
				ConductanceExpEuler.this.step(s, from, to, iNow, null, null, block);
			}
		};
	}

	/** The step; without synapses when {@code gExtra} is null, fused when {@code block} is not. */
	private void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] gExtra, final double[] gExtraE, final NeuronBlock block)
	{
		final double[] v = s.v, m = s.m, h = s.h, n = s.n;
		// NB: scratch for the exact coefficients, allocated only if a V falls off the table (or there is
		// no table): callers that step one neuron per call (Poisson trials, f-I sweeps) then allocate nothing.
		double[] ab = null;
		final double[] t = tab;
		for (int i = from; i < to; i++) {
			final double vi = v[i], mi = m[i], hi = h[i], ni = n[i];
			// Gates first, at V of time t: x' = A·x + B, A and B interpolated (see RateTable for the layout).
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
				if (ab == null) ab = new double[6];
				RateTable.exact(k, vi, dt, ab);
				mNew = ab[0] * mi + ab[1];
				hNew = ab[2] * hi + ab[3];
				nNew = ab[4] * ni + ab[5];
			}
			// Then V, at the new gates (staggered; see ExponentialEulerScheme).
			final double n2 = nNew * nNew;
			final double gNaNow = gNa * mNew * mNew * mNew * hNew;
			final double gKNow = gK * n2 * n2;
			// NB: without synapses nothing is added (adding +0.0 would give the same doubles anyway).
			final double g, num;
			if (gExtra == null) {
				g = gNaNow + gKNow + gL;
				num = gNaNow * eNa + gKNow * eK + gLeL + iNow[i];
			}
			else {
				g = gNaNow + gKNow + gL + gExtra[i];
				num = gNaNow * eNa + gKNow * eK + gLeL + iNow[i] + gExtraE[i];
			}
			final double vNew;
			if (g > 0) {
				final double vInf = num / g;
				vNew = vInf + (vi - vInf) * ExponentialEulerScheme.exp(minusDtOverC * g);
			}
			else vNew = vi + dtOverC * num;
			v[i] = block == null ? vNew : block.finish(i, vi, vNew, mNew, hNew, nNew);
			m[i] = mNew;
			h[i] = hNew;
			n[i] = nNew;
		}
	}
}
