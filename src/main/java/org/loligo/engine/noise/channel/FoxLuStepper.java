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
 * Step (Strang splitting at frozen V): half a step of the drift part solved exactly (exponential
 * Euler, {@code x ← A·x + B} over dt/2), the Euler–Maruyama noise increment
 * {@code √((α(1-x) + βx)·dt/N)·ξ} at that midpoint, then the second exact half step. NB: with the
 * noise between two half steps the stationary variance of a gate at frozen V is
 * {@code σ²/(2λ)·λdt/sinh(λdt)}, second order in dt (λ = α + β); drift-then-noise would give
 * {@code σ²/(2λ)·2λdt/(1 - e^{-2λdt})}, first order (6 % too large for the fast m modes at
 * dt = 0.01 ms). Without noise the two half steps compose to exactly the exp-euler step.
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

	private final SubunitTable table;

	FoxLuStepper(final HHModel p, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams, final boolean rateTables)
	{
		super(p, dt, patch, streams);
		table = new SubunitTable(kinetics, 0.5 * dt, Subunits.COEFFICIENTS, rateTables);
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
		final double[] c = new double[Subunits.COEFFICIENTS], scratch = new double[10];
		final double[] v = s.v, m = s.m, h = s.h, n = s.n;
		for (int i = from; i < to; i++) {
			final double vi = v[i];
			table.at(vi, c, scratch); // coefficients over dt/2
			final NormalizedGaussianSampler g = gauss[i];
			// Half step x ← pStay·x + pOpen·(1 - x), noise at the midpoint, half step; draws in the order m, h, n.
			final double mNew = gate(m[i], c[1], c[0], c[9], c[10], dtOverNa, g.sample());
			final double hNew = gate(h[i], c[4], c[3], c[11], c[12], dtOverNa, g.sample());
			final double nNew = gate(n[i], c[7], c[6], c[13], c[14], dtOverK, g.sample());
			final double n2 = nNew * nNew;
			v[i] = voltage(vi, mNew * mNew * mNew * hNew, n2 * n2, iNow[i]);
			m[i] = mNew;
			h[i] = hNew;
			n[i] = nNew;
		}
	}

	/**
	 * One gate over dt: exact half step, reflected noise kick, exact half step (all in [0, 1]); pStay and
	 * pOpen over dt/2, rates α, β in 1/ms, {@code dtOverN} = dt/N (ms), ξ a standard normal draw.
	 */
	static double gate(final double x, final double pStay, final double pOpen, final double alpha,
		final double beta, final double dtOverN, final double xi)
	{
		final double x1 = pStay * x + pOpen * (1 - x);
		final double x2 = Subunits.reflect(x1 + Math.sqrt((alpha * (1 - x1) + beta * x1) * dtOverN) * xi);
		return pStay * x2 + pOpen * (1 - x2);
	}
}
