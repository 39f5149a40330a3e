package org.loligo.engine.noise.channel;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.model.Channel;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.NeuronModel;

/**
 * Any model's channels as Markov chains derived from their gate exponents, flattened into arrays for
 * the generic channel-noise steppers.
 * <p>
 * A channel whose state gates (the gates with a state of their own) are x_1..x_r with powers p_1..p_r
 * is, per channel molecule, p_j independent two-state subunits of each gate j: a Markov chain over the
 * occupancy vectors (k_1, …, k_r), k_j = 0..p_j open subunits of gate j, with the transitions
 * <pre>
 *   k_j → k_j + 1  at rate (p_j - k_j)·α_j(V),     k_j → k_j - 1  at rate k_j·β_j(V)     (1/ms)
 * </pre>
 * and one conducting state, all subunits open (k_j = p_j for every j). HH's Na channel (m³h) is the
 * 4 × 2 = 8-state chain, its K channel (n⁴) the 5-state one; Connor–Stevens' A channel (a³b) another
 * 8-state chain. At every V the stationary distribution is the product of binomials
 * {@code Π_j C(p_j, k_j)·x_j^k_j·(1 - x_j)^(p_j - k_j)}, x_j = α_j/(α_j + β_j), so the open probability is
 * the deterministic {@code Π x_j^p_j}.
 * <p>
 * Instantaneous gates ({@code x = x∞(V)}) multiply the channel's open fraction by {@code x∞(V)^p}. They
 * carry no noise: an instantaneous gate is the limit of infinitely fast subunits, at equilibrium at every
 * instant, so its fluctuations average out within any step (Wang–Buzsáki's Na chain is the 2-state h
 * chain times m∞³). A passive channel (a leak), or a channel with no state gates, has no chain and no
 * noise; a gated channel with gmax = 0 carries no current and gets no chain (its gates run
 * deterministically).
 * <p>
 * Layout: chain q's states are {@code s = Σ_j k_j·stride_j} (the first gate varies fastest, so HH's Na
 * state (a, b) is a + 4b, as in {@link MarkovStepper}); per neuron the chains' states follow one another,
 * chain q from {@code first[q]}, {@link #width} states in all, the open state of chain q last
 * ({@code first[q] + size[q] - 1}). Diffusion's reversible pairs s ↔ s + stride_j (k_j &lt; p_j) are
 * listed chain by chain, gate by gate, in increasing s: {@link #pairs} per neuron (10 for HH's Na
 * chain, 4 for K).
 */
final class ChannelChains {

	/** Most states of one channel's chain. */
	static final int MAX_STATES = 4096;

	/** Channels of the model, passive ones included; per channel its gmax (mS/cm²) and reversal (mV). */
	final int channels;
	final double[] gmax, reversal;
	/**
	 * Gates of channel c in its order: {@code ref[c][g]} = state gate index k, or -1 - (instantaneous
	 * index); {@code pow[c][g]} its power. Channel c's chain, or -1: {@code chainOf[c]}.
	 */
	final int[][] ref, pow;
	final int[] chainOf;
	/** Per state gate k: the channel count N of its channel (0 without a chain). */
	final int[] gateCount;

	final int chains, width, pairs;
	/** Per chain q: channels N, first state, number of states, its channel. */
	final int[] count, first, size, channelOf;
	/** Per chain q and its j-th state gate: the state gate index k, power p and stride. */
	final int[][] gate, power, stride;
	/** {@code digit[q][j·size[q] + s]}: k_j of state s of chain q. */
	final int[][] digit;
	/** Pair t: states (within the neuron's block), state gate, multipliers p - k and k + 1, chain. */
	final int[] pairFrom, pairTo, pairGate, pairChain;
	final double[] pairUp, pairDown;

	ChannelChains(final NeuronModel model, final ChannelPatch patch) {
		final String why = refusal(model, patch);
		if (why != null) throw new IllegalArgumentException(why);
		final List<Gate> st = model.stateGates(), in = model.instantGates();
		final List<Channel> cs = model.channels();
		channels = cs.size();
		gmax = new double[channels];
		reversal = new double[channels];
		ref = new int[channels][];
		pow = new int[channels][];
		chainOf = new int[channels];
		gateCount = new int[st.size()];
		final List<Integer> chainChannels = new ArrayList<>();
		for (int c = 0; c < channels; c++) {
			final Channel ch = cs.get(c);
			gmax[c] = ch.gmax();
			reversal[c] = ch.reversal();
			final int n = ch.gates().size();
			ref[c] = new int[n];
			pow[c] = new int[n];
			boolean stateful = false;
			for (int g = 0; g < n; g++) {
				final Gate x = ch.gates().get(g);
				ref[c][g] = x.hasState() ? st.indexOf(x) : -1 - in.indexOf(x);
				pow[c][g] = x.power();
				stateful |= x.hasState();
			}
			chainOf[c] = stateful && ch.gmax() > 0 ? chainChannels.size() : -1;
			if (chainOf[c] >= 0) chainChannels.add(c);
		}
		chains = chainChannels.size();
		count = new int[chains];
		first = new int[chains];
		size = new int[chains];
		channelOf = new int[chains];
		gate = new int[chains][];
		power = new int[chains][];
		stride = new int[chains][];
		digit = new int[chains][];
		int w = 0, np = 0;
		for (int q = 0; q < chains; q++) {
			final int c = chainChannels.get(q);
			channelOf[q] = c;
			count[q] = (int) patch.count(cs.get(c));
			final int[] ks = java.util.Arrays.stream(ref[c]).filter(k -> k >= 0).toArray();
			gate[q] = ks;
			power[q] = new int[ks.length];
			stride[q] = new int[ks.length];
			int s = 1;
			for (int j = 0; j < ks.length; j++) {
				gateCount[ks[j]] = count[q];
				power[q][j] = st.get(ks[j]).power();
				stride[q][j] = s;
				s *= power[q][j] + 1;
			}
			size[q] = s;
			first[q] = w;
			w += s;
			digit[q] = new int[ks.length * s];
			for (int j = 0; j < ks.length; j++)
				for (int x = 0; x < s; x++)
					digit[q][j * s + x] = x / stride[q][j] % (power[q][j] + 1);
			for (int j = 0; j < ks.length; j++)
				np += power[q][j] * (s / (power[q][j] + 1));
		}
		width = w;
		pairs = np;
		pairFrom = new int[np];
		pairTo = new int[np];
		pairGate = new int[np];
		pairChain = new int[np];
		pairUp = new double[np];
		pairDown = new double[np];
		int t = 0;
		for (int q = 0; q < chains; q++)
			for (int j = 0; j < gate[q].length; j++)
				for (int s = 0; s < size[q]; s++) {
					final int k = digit[q][j * size[q] + s];
					if (k == power[q][j]) continue;
					pairFrom[t] = first[q] + s;
					pairTo[t] = first[q] + s + stride[q][j];
					pairGate[t] = gate[q][j];
					pairChain[t] = q;
					pairUp[t] = power[q][j] - k;
					pairDown[t] = k + 1;
					t++;
				}
	}

	/**
	 * Why channel noise cannot run this model on this patch, or null if it can: it needs a gate with a
	 * state of its own, at most {@link #MAX_STATES} states per channel, and 1 to 1e9 channels of each
	 * gated channel with gmax &gt; 0.
	 */
	static String refusal(final NeuronModel model, final ChannelPatch patch) {
		if (model.stateGates().isEmpty()) return "channelNoise: model " + model.name() + " has no gate with a " +
			"state of its own (instantaneous gates and leaks carry no channel noise); use channelNoise=none";
		for (final Channel c : model.channels()) {
			long states = 1;
			for (final Gate g : c.gates())
				if (g.hasState()) states *= g.power() + 1;
			if (states > MAX_STATES) return "channelNoise: channel " + c.name() + " of model " + model.name() +
				" would have a chain of " + states + " states; at most " + MAX_STATES + " are supported";
			final String p = patch == null ? null : patch.refusal(c);
			if (p != null) return "channelNoise: channel " + c.name() + " of model " + model.name() + ": " + p;
		}
		return null;
	}

	/**
	 * The stationary distribution of chain q at state gates x (the model's state order) into
	 * {@code out[first[q] ..]}: {@code Π_j C(p_j, k_j)·x_j^k_j·(1 - x_j)^(p_j - k_j)}, each factor in the
	 * arithmetic of {@link ChannelStepper}'s HH distributions.
	 */
	void stationary(final int q, final double[] x, final double[] out) {
		final int n = size[q];
		for (int s = 0; s < n; s++) {
			double f = 1;
			for (int j = 0; j < gate[q].length; j++) {
				final int p = power[q][j], k = digit[q][j * n + s];
				final double xj = x[gate[q][j]];
				f *= binomial(p, k) * Math.pow(xj, k) * Math.pow(1 - xj, p - k);
			}
			out[first[q] + s] = f;
		}
	}

	/** C(p, k) for p ≤ 8, exact. */
	static double binomial(final int p, final int k) {
		double c = 1;
		for (int i = 0; i < k; i++)
			c = c * (p - i) / (i + 1);
		return c;
	}
}
