package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.sim.PopulationState;

/**
 * {@code fox-lu}: the subunit Langevin model (Fox &amp; Lu 1994, Phys Rev E 49:3421). Each gate
 * x ∈ {m, h, n} is a fraction of independent subunits with
 * <pre>
 *   dx = (α_x(1 - x) - β_x·x) dt + √((α_x(1 - x) + β_x·x)/N_x) dW,   N_m = N_h = N_Na,  N_n = N_K
 * </pre>
 * and the conductances use fNa = m³h, fK = n⁴ as in the deterministic model.
 * <p>
 * Step: the drift part exactly at frozen V (exponential Euler, {@code x' = A·x + B}), plus the
 * Euler–Maruyama noise increment {@code √((α(1-x) + βx)·dt/N)·ξ} evaluated at the start of the step.
 * <b>Boundaries</b>: the result is folded onto [0, 1] by reflection at 0 and 1 (x → -x, x → 2 - x), a
 * reflecting boundary for the diffusion, so gates lie in [0, 1] by construction, and paths that stay
 * inside are left untouched. NB: we reflect rather than truncate (clip to [0, 1], the bounding analysed
 * for these models by Goldwyn, Imennov, Famulare &amp; Shea-Brown 2011, Phys Rev E 83:041908): a clip
 * puts probability mass exactly on the boundary, a reflection keeps the density continuous there.
 * Either way the model is the subunit approximation, which misrepresents the fluctuations of the
 * open fractions m³h and n⁴ (their variance and correlation time differ from independent channels'):
 * Goldwyn &amp; Shea-Brown (2011, PLoS Comput Biol 7:e1002247) find it the least accurate of the
 * Langevin models against the Markov chain. The mean open fraction is right (up to O(1/N)); its
 * variance is not that of the channel model.
 * <p>
 * State: the gates themselves, in the engine's {@code s.m, s.h, s.n}; no private arrays.
 */
final class FoxLuStepper extends ChannelStepper {

	private final NormalizedGaussianSampler[] gauss;
	private final double dtOverNa, dtOverK;

	FoxLuStepper(final HHModel p, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams)
	{
		super(p, dt, patch, streams);
		gauss = new NormalizedGaussianSampler[streams.length];
		for (int i = 0; i < streams.length; i++)
			gauss[i] = ZigguratSampler.NormalizedGaussian.of(streams[i]);
		dtOverNa = dt / nNa;
		dtOverK = dt / nK;
	}

	/** Nothing to sample: the gates start at the values in the state (the rest state in a run). */
	@Override
	public void init(final PopulationState s, final int from, final int to) {}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] iMid, final double[] iNext)
	{
		final double[] c = new double[Subunits.COEFFICIENTS];
		final double[] v = s.v, m = s.m, h = s.h, n = s.n;
		for (int i = from; i < to; i++) {
			final double vi = v[i], mi = m[i], hi = h[i], ni = n[i];
			Subunits.at(kinetics, vi, dt, c);
			final NormalizedGaussianSampler g = gauss[i];
			// x' = A·x + B = pStay·x + pOpen·(1 - x), plus the noise at x(t); draws in the order m, h, n.
			final double mNew = Subunits.reflect(c[1] * mi + c[0] * (1 - mi) + Math.sqrt((c[9] * (1 - mi) +
				c[10] * mi) * dtOverNa) * g.sample());
			final double hNew = Subunits.reflect(c[4] * hi + c[3] * (1 - hi) + Math.sqrt((c[11] * (1 - hi) +
				c[12] * hi) * dtOverNa) * g.sample());
			final double nNew = Subunits.reflect(c[7] * ni + c[6] * (1 - ni) + Math.sqrt((c[13] * (1 - ni) +
				c[14] * ni) * dtOverK) * g.sample());
			final double n2 = nNew * nNew;
			v[i] = voltage(vi, mNew * mNew * mNew * hNew, n2 * n2, iNow[i]);
			m[i] = mNew;
			h[i] = hNew;
			n[i] = nNew;
		}
	}
}
