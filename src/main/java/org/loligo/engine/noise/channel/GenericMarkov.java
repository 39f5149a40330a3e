package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.PopulationState;

/**
 * {@code markov} for any model: the channel chains of {@link ChannelChains} themselves, counted. Chain
 * q holds N_q channels spread over its states; its open fraction is the count in the all-open state
 * over N_q.
 * <p>
 * Step (fixed dt, V frozen at V(t)), as {@link MarkovStepper}: every channel moves by the exact
 * transition matrix P = exp(Q·dt) of its chain. The chain's generator is a sum of one part per state
 * gate, each acting on its own independent subunits, so P is the product of the gates' parts, drawn one
 * gate after the other: for gate j (p_j subunits) the occupants of each state with k_j open subunits are
 * spread over the states that differ only in k_j by a multinomial draw with row k_j of the gate's
 * (p_j+1)×(p_j+1) subunit matrix ({@link Subunits#rows}: {@code P(k→k') = P(Bin(k, pStay) +
 * Bin(p-k, pOpen) = k')}), drawn as conditional binomials ({@link MarkovStepper#spread}). Nothing
 * approximates the chain at frozen V; the only approximation is V frozen over dt.
 * <p>
 * Start ({@link #init}): the counts drawn from the stationary distribution at the state's gates (a
 * multinomial over the product-binomial probabilities of {@link ChannelChains#stationary}), so the run
 * starts in the channel noise's own stationary state. Recorded gates: the subunit occupancies
 * {@code x_j = Σ_s k_j(s)·#s/(p_j·N)}, in [0, 1] exactly. A gate of a channel without a chain (gmax = 0)
 * is advanced deterministically.
 * <p>
 * Arrays: {@code counts[width·i + s]}, the count of neuron i in state s of the chains' layout.
 */
final class GenericMarkov extends GenericChannelStepper {

	private final int[] counts;
	private final int maxStates, maxPower;

	GenericMarkov(final NeuronModel model, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams, final boolean rateTables)
	{
		super(new ChannelChains(model, patch), model, dt, dt, true, rateTables, streams);
		counts = new int[chains.width * streams.length];
		int ms = 1, mp = 1;
		for (int q = 0; q < chains.chains; q++) {
			ms = Math.max(ms, chains.size[q]);
			for (final int p : chains.power[q])
				mp = Math.max(mp, p);
		}
		maxStates = ms;
		maxPower = mp;
	}

	@Override
	public void init(final PopulationState s, final int from, final int to) {
		final double[] x = new double[s.gateCount()], pi = new double[chains.width];
		final int[] out = new int[maxStates];
		for (int i = from; i < to; i++) {
			s.gatesOf(i, x);
			for (int q = 0; q < chains.chains; q++) {
				chains.stationary(q, x, pi);
				final int f = chains.first[q], n = chains.size[q];
				int likeliest = 0;
				for (int st = 1; st < n; st++)
					if (pi[f + st] > pi[f + likeliest]) likeliest = st;
				java.util.Arrays.fill(out, 0);
				MarkovStepper.spread(rng[i], chains.count[q], pi, f, n, likeliest, out);
				System.arraycopy(out, 0, counts, chains.width * i + f, n);
			}
			writeGates(s, i);
		}
	}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] iMid, final double[] iNext)
	{
		final double[] c = new double[table.size], scratch = new double[ChainTable.SCRATCH],
			open = new double[chains.channels], chainOpen = new double[chains.channels], x = new double[s.gateCount()];
		final int[] next = new int[maxStates], out = new int[maxPower + 1];
		for (int i = from; i < to; i++) {
			final double vi = s.v[i];
			final UniformRandomProvider r = rng[i];
			table.at(vi, c, scratch); // coefficients and subunit matrices over dt
			final int base = chains.width * i;
			for (int q = 0; q < chains.chains; q++)
				for (int j = 0; j < chains.gate[q].length; j++)
					moveAlong(r, base + chains.first[q], q, j, c, next, out);
			for (int k = 0; k < x.length; k++)
				if (chains.gateCount[k] == 0) s.gates[k][i] = relax(k, s.gates[k][i], c);
			writeGates(s, i);
			s.gatesOf(i, x);
			for (int ch = 0; ch < open.length; ch++) {
				final int q = chains.chainOf[ch];
				chainOpen[ch] = q < 0 ? 1 : counts[base + chains.first[q] + chains.size[q] - 1] / (double) chains
					.count[q];
			}
			s.v[i] = advance(vi, chainOpen, x, c, open, iNow[i]);
		}
	}

	/**
	 * Moves chain q's counts (from {@code at}) along its gate j: the occupants of each state spread by row
	 * k_j of the gate's subunit matrix over the states that differ only in k_j.
	 */
	private void moveAlong(final UniformRandomProvider r, final int at, final int q, final int j,
		final double[] c, final int[] next, final int[] out)
	{
		final int n = chains.size[q], p = chains.power[q][j], stride = chains.stride[q][j], w = p + 1;
		final int matrix = table.matrix(chains.gate[q][j]);
		final int[] digit = chains.digit[q];
		java.util.Arrays.fill(next, 0, n, 0);
		for (int st = 0; st < n; st++) {
			final int occupants = counts[at + st];
			if (occupants == 0) continue;
			final int k = digit[j * n + st], bottom = st - k * stride;
			java.util.Arrays.fill(out, 0, w, 0);
			MarkovStepper.spread(r, occupants, c, matrix + w * k, w, k, out);
			for (int k2 = 0; k2 < w; k2++)
				next[bottom + k2 * stride] += out[k2];
		}
		System.arraycopy(next, 0, counts, at, n);
	}

	/** Neuron i's recorded gates of its chains: their subunit occupancies (other gates untouched). */
	private void writeGates(final PopulationState s, final int i) {
		final int base = chains.width * i;
		for (int q = 0; q < chains.chains; q++) {
			final int n = chains.size[q], f = base + chains.first[q];
			for (int j = 0; j < chains.gate[q].length; j++) {
				long sum = 0;
				for (int st = 0; st < n; st++)
					sum += (long) chains.digit[q][j * n + st] * counts[f + st];
				// An integer ratio ≤ 1, so the quotient is ≤ 1 after rounding too.
				s.gates[chains.gate[q][j]][i] = sum / ((double) chains.power[q][j] * chains.count[q]);
			}
		}
	}

	/** Neuron i's count in state st of chain q, for tests. */
	int count(final int i, final int q, final int st) {
		return counts[chains.width * i + chains.first[q] + st];
	}
}
