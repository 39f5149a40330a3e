package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.PopulationState;

/**
 * {@code diffusion} for any model: the channel-based diffusion approximation (Orio &amp; Soudry 2012,
 * PLoS ONE 7:e36670) of the chains of {@link ChannelChains}, as {@link DiffusionStepper} does it for
 * HH. For the fractions x of chain q's N channels in each state,
 * <pre>
 *   dx = A(V)·x dt + Σ_pairs (e_j - e_i)·√((r_ij·x_i + r_ji·x_j)/N) dW_pair
 * </pre>
 * with one independent Wiener process per reversible pair s ↔ s' = s + stride_j (one more open subunit
 * of gate j), forward rate {@code r = (p_j - k_j)·α_j}, backward {@code r' = (k_j + 1)·β_j} (1/ms): 10
 * pairs for HH's Na chain, 4 for K, 10 for Connor–Stevens' A channel (a³b), 1 for Wang–Buzsáki's Na
 * (h only: m is instantaneous).
 * <p>
 * Step (Strang splitting at frozen V, as {@link DiffusionStepper}): half a step of the drift solved
 * exactly ({@code x ← Pᵀx}, P = exp(Q·dt/2) applied gate by gate through the subunit matrices), the
 * Euler–Maruyama increment of every pair, {@code √(max(0, r·x_s + r'·x_s')·dt/N)·ξ} with x at that
 * midpoint, moved from x_s to x_s' unbounded ({@link DiffusionStepper#move}: no boundary, so the mean
 * follows the master equation exactly; {@link DiffusionStepper} says why), then the second exact half
 * step; fractions renormalised to sum 1 against rounding. Recorded gates: the subunit occupancies
 * {@code x_j = Σ_s k_j(s)·x_s/p_j}, clipped into [0, 1]; the open fractions enter the voltage as they
 * are. The draws follow the pairs' order, so on an HH-shaped model they are {@link DiffusionStepper}'s.
 * <p>
 * Arrays: {@code fractions[width·i + s]}, neuron i's fraction of its chain's channels in state s.
 */
final class GenericDiffusion extends GenericChannelStepper {

	private final NormalizedGaussianSampler[] gauss;
	private final double[] fractions, dtOverN;
	private final int maxPower;

	GenericDiffusion(final NeuronModel model, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams, final boolean rateTables)
	{
		super(new ChannelChains(model, patch), model, dt, 0.5 * dt, true, rateTables, streams);
		gauss = gaussians(streams);
		fractions = new double[chains.width * streams.length];
		dtOverN = new double[chains.chains];
		int mp = 1;
		for (int q = 0; q < chains.chains; q++) {
			dtOverN[q] = dt / chains.count[q];
			for (final int p : chains.power[q])
				mp = Math.max(mp, p);
		}
		maxPower = mp;
	}

	/** The stationary mean of the state distribution at the state's gates (the rest state). */
	@Override
	public void init(final PopulationState s, final int from, final int to) {
		final double[] x = new double[s.gateCount()], pi = new double[chains.width];
		for (int i = from; i < to; i++) {
			s.gatesOf(i, x);
			for (int q = 0; q < chains.chains; q++)
				chains.stationary(q, x, pi);
			System.arraycopy(pi, 0, fractions, chains.width * i, chains.width);
			normaliseAndWriteGates(s, i);
		}
	}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] iMid, final double[] iNext)
	{
		final ChannelChains ch = chains;
		final double[] c = new double[table.size], scratch = new double[ChainTable.SCRATCH],
			open = new double[ch.channels], chainOpen = new double[ch.channels], x = new double[s.gateCount()],
			y = new double[maxPower + 1], d = new double[ch.pairs];
		final double[] z = fractions;
		for (int i = from; i < to; i++) {
			final double vi = s.v[i];
			table.at(vi, c, scratch); // coefficients and subunit matrices over dt/2
			final int base = ch.width * i;
			final NormalizedGaussianSampler g = gauss[i];
			drift(base, c, y);
			// Noise increments at the midpoint, pair by pair, then each moved between its states, unbounded.
			for (int t = 0; t < d.length; t++) {
				final int o = ChainTable.GATE * ch.pairGate[t];
				final double flux = ch.pairUp[t] * c[o + ChainTable.ALPHA] * z[base + ch.pairFrom[t]] + ch.pairDown[t] *
					c[o + ChainTable.BETA] * z[base + ch.pairTo[t]];
				d[t] = Math.sqrt(Math.max(0, flux) * dtOverN[ch.pairChain[t]]) * g.sample();
			}
			for (int t = 0; t < d.length; t++)
				DiffusionStepper.move(z, base + ch.pairFrom[t], base + ch.pairTo[t], d[t]);
			drift(base, c, y);
			for (int k = 0; k < x.length; k++)
				if (ch.gateCount[k] == 0) s.gates[k][i] = relax(k, relax(k, s.gates[k][i], c), c);
			normaliseAndWriteGates(s, i);
			s.gatesOf(i, x);
			for (int q = 0; q < open.length; q++) {
				final int chain = ch.chainOf[q];
				chainOpen[q] = chain < 0 ? 1 : z[base + ch.first[chain] + ch.size[chain] - 1];
			}
			s.v[i] = advance(vi, chainOpen, x, c, open, iNow[i]);
		}
	}

	/**
	 * The exact mean evolution {@code x ← Pᵀx} over the table's step of neuron's fractions from
	 * {@code base}: for each chain and gate j, each line of states that differ only in k_j is multiplied
	 * by the gate's subunit matrix; non-negative in, non-negative out.
	 */
	private void drift(final int base, final double[] c, final double[] y) {
		final ChannelChains ch = chains;
		final double[] z = fractions;
		for (int q = 0; q < ch.chains; q++) {
			final int n = ch.size[q], f = base + ch.first[q];
			for (int j = 0; j < ch.gate[q].length; j++) {
				final int p = ch.power[q][j], stride = ch.stride[q][j], w = p + 1;
				final int m = table.matrix(ch.gate[q][j]);
				final int[] digit = ch.digit[q];
				for (int st = 0; st < n; st++) {
					if (digit[j * n + st] != 0) continue; // st is the bottom of a line
					for (int k = 0; k < w; k++)
						y[k] = z[f + st + k * stride];
					for (int k2 = 0; k2 < w; k2++) {
						double sum = 0;
						for (int k = 0; k < w; k++)
							sum += y[k] * c[m + w * k + k2];
						z[f + st + k2 * stride] = sum;
					}
				}
			}
		}
	}

	/** Renormalises neuron i's fractions, chain by chain, to sum 1 and writes their subunit occupancies. */
	private void normaliseAndWriteGates(final PopulationState s, final int i) {
		final ChannelChains ch = chains;
		final double[] z = fractions;
		for (int q = 0; q < ch.chains; q++) {
			final int n = ch.size[q], f = ch.width * i + ch.first[q];
			double sum = 0;
			for (int st = 0; st < n; st++)
				sum += z[f + st];
			for (int j = 0; j < ch.gate[q].length; j++) {
				double occupied = 0;
				for (int st = 0; st < n; st++)
					occupied += ch.digit[q][j * n + st] * z[f + st];
				s.gates[ch.gate[q][j]][i] = DiffusionStepper.unit(occupied / (ch.power[q][j] * sum));
			}
			final double inv = 1 / sum;
			for (int st = 0; st < n; st++)
				z[f + st] *= inv;
		}
	}

	/** Neuron i's fraction in state st of chain q, for tests. */
	double fraction(final int i, final int q, final int st) {
		return fractions[chains.width * i + chains.first[q] + st];
	}
}
