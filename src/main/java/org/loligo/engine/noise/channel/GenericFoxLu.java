package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.PopulationState;

/**
 * {@code fox-lu} for any model: the subunit Langevin equation (Fox &amp; Lu 1994) for every state gate
 * x of a channel with N channels on the patch,
 * <pre>
 *   dx = (α(1 - x) - β·x) dt + √((α(1 - x) + β·x)/N) dW
 * </pre>
 * (α, β in 1/ms; for a gate given by x∞ and τ, {@code α = x∞/τ, β = (1 - x∞)/τ}), stepped exactly as
 * {@link FoxLuStepper}: exact half step, Euler–Maruyama noise at the midpoint reflected onto [0, 1],
 * exact half step. The open fractions are the deterministic products {@code Π x^p}, instantaneous gates
 * at x∞(V) as {@link GenericChannelStepper} takes them (no noise: see {@link ChannelChains}). A gate of a
 * channel without a chain (gmax = 0) takes the two half steps without noise. The draws are one normal per noisy gate in state order, so on
 * an HH-shaped model this stepper gives {@link FoxLuStepper}'s doubles ({@code GenericStepperHHTest}).
 * <p>
 * State: the gates themselves, {@code s.gates[k]}; no private arrays.
 */
final class GenericFoxLu extends GenericChannelStepper {

	private final NormalizedGaussianSampler[] gauss;
	private final double[] dtOverN;

	GenericFoxLu(final NeuronModel model, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams, final boolean rateTables)
	{
		super(new ChannelChains(model, patch), model, dt, 0.5 * dt, false, rateTables, streams);
		gauss = gaussians(streams);
		dtOverN = new double[chains.gateCount.length];
		for (int k = 0; k < dtOverN.length; k++)
			dtOverN[k] = chains.gateCount[k] > 0 ? dt / chains.gateCount[k] : 0;
	}

	/** Nothing to sample: the gates start at the values in the state (the rest state in a run). */
	@Override
	public void init(final PopulationState s, final int from, final int to) {}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] iMid, final double[] iNext)
	{
		final int ns = dtOverN.length;
		final double[] c = new double[table.size], scratch = new double[ChainTable.SCRATCH], x = new double[ns],
			open = new double[chains.channels], noChains = new double[chains.channels];
		java.util.Arrays.fill(noChains, Double.NaN); // every open fraction from the gates
		final double[] v = s.v;
		for (int i = from; i < to; i++) {
			final double vi = v[i];
			table.at(vi, c, scratch); // coefficients over dt/2
			final NormalizedGaussianSampler g = gauss[i];
			for (int k = 0; k < ns; k++) {
				final int o = ChainTable.GATE * k;
				final double xk = s.gates[k][i];
				if (dtOverN[k] == 0) x[k] = relax(k, relax(k, xk, c), c); // no chain: two noiseless half steps
				else x[k] = FoxLuStepper.gate(xk, c[o + ChainTable.P_STAY], c[o + ChainTable.P_OPEN], c[o +
					ChainTable.ALPHA], c[o + ChainTable.BETA], dtOverN[k], g.sample());
			}
			v[i] = advance(vi, noChains, x, c, open, iNow[i]);
			for (int k = 0; k < ns; k++)
				s.gates[k][i] = x[k];
		}
	}
}
