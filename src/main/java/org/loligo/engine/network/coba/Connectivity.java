package org.loligo.engine.network.coba;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The synapses of a network as compressed sparse rows of outgoing connections: the targets of source
 * neuron s are {@code targets[rowStart[s]] … targets[rowStart[s+1]-1]}, ascending. Sources
 * {@code 0 … nExc-1} are excitatory, the rest inhibitory; autapses are allowed (as in Brian2's
 * {@code connect(p=…)}), multiple synapses between one pair are not.
 * <p>
 * Two generators: {@link #random} (every ordered pair independently with probability p: Erdős–Rényi,
 * so in-degrees are Binomial(N, p)) and {@link #fixedInDegree} (every neuron gets exactly
 * {@code kExc} distinct excitatory and {@code kInh} distinct inhibitory sources, uniformly).
 */
public final class Connectivity {

	final int neurons, nExc;
	final int[] rowStart, targets;

	private Connectivity(final int neurons, final int nExc, final int[] rowStart, final int[] targets) {
		this.neurons = neurons;
		this.nExc = nExc;
		this.rowStart = rowStart;
		this.targets = targets;
	}

	/**
	 * Each ordered pair (s, t) connected with probability p. NB: instead of N² Bernoulli draws, the gap to
	 * the next target is drawn from its geometric law, {@code floor(ln U / ln(1 - p))}: the same
	 * distribution in O(synapses) draws.
	 */
	public static Connectivity random(final int neurons, final int nExc, final double p,
		final UniformRandomProvider rng)
	{
		final int[] rowStart = new int[neurons + 1];
		int[] targets = new int[(int) Math.min(Integer.MAX_VALUE - 8, (long) (p * neurons * (double) neurons *
			1.01 + 1024))];
		int size = 0;
		final double logQ = Math.log1p(-p); // -inf for p = 1: every gap is 0
		for (int s = 0; s < neurons; s++) {
			rowStart[s] = size;
			if (p > 0) {
				long t = -1;
				while (true) {
					final double u = 1.0 - rng.nextDouble(); // (0, 1], so ln u is finite
					t += 1 + (p >= 1 ? 0 : (long) Math.floor(Math.log(u) / logQ));
					if (t >= neurons) break;
					if (size == targets.length) targets = Arrays.copyOf(targets, (int) Math.min(Integer.MAX_VALUE - 8,
						2L * size));
					targets[size++] = (int) t;
				}
			}
		}
		rowStart[neurons] = size;
		return new Connectivity(neurons, nExc, rowStart, Arrays.copyOf(targets, size));
	}

	/**
	 * Every target gets {@code kExc} distinct sources among {@code 0 … nExc-1} and {@code kInh} among
	 * {@code nExc … neurons-1}, drawn uniformly without replacement (Floyd 1987's algorithm, with a
	 * stamp array for membership), then the lists are transposed into rows by source.
	 */
	public static Connectivity fixedInDegree(final int neurons, final int nExc, final int kExc, final int kInh,
		final UniformRandomProvider rng)
	{
		final int k = kExc + kInh;
		final int[] sources = new int[neurons * k];
		final int[] stamp = new int[neurons];
		for (int t = 0; t < neurons; t++) {
			floyd(0, nExc, kExc, t + 1, stamp, sources, t * k, rng);
			floyd(nExc, neurons - nExc, kInh, t + 1, stamp, sources, t * k + kExc, rng);
		}
		final int[] rowStart = new int[neurons + 1];
		for (final int s : sources)
			rowStart[s + 1]++;
		for (int s = 0; s < neurons; s++)
			rowStart[s + 1] += rowStart[s];
		final int[] fill = Arrays.copyOf(rowStart, neurons);
		final int[] targets = new int[sources.length];
		// Targets in ascending order, so each row comes out sorted.
		for (int t = 0; t < neurons; t++)
			for (int q = 0; q < k; q++)
				targets[fill[sources[t * k + q]]++] = t;
		return new Connectivity(neurons, nExc, rowStart, targets);
	}

	/** Floyd's sampling of {@code k} distinct values of {@code offset + [0, n)} into out[at …]. */
	private static void floyd(final int offset, final int n, final int k, final int mark, final int[] stamp,
		final int[] out, final int at, final UniformRandomProvider rng)
	{
		int c = 0;
		for (int r = n - k; r < n; r++) {
			final int pick = offset + rng.nextInt(r + 1);
			final int chosen = stamp[pick] == mark ? offset + r : pick;
			stamp[chosen] = mark;
			out[at + c++] = chosen;
		}
	}

	public int neurons() {
		return neurons;
	}

	/** Number of excitatory neurons (the first ones). */
	public int excitatory() {
		return nExc;
	}

	/** Total number of synapses. */
	public int synapses() {
		return targets.length;
	}

	/** Targets of source s, ascending (a copy). */
	public int[] targetsOf(final int s) {
		return Arrays.copyOfRange(targets, rowStart[s], rowStart[s + 1]);
	}

	/** Number of excitatory (column 0) and inhibitory (column 1) sources of every neuron. */
	public int[][] inDegrees() {
		final int[][] d = new int[2][neurons];
		for (int s = 0; s < neurons; s++)
			for (int q = rowStart[s]; q < rowStart[s + 1]; q++)
				d[s < nExc ? 0 : 1][targets[q]]++;
		return d;
	}

	/**
	 * Where each row splits at the block boundaries {@code bounds[0] = 0 < … < bounds[B] = neurons}:
	 * block b's targets of source s are {@code targets[split[b][s]] … targets[split[b+1][s]-1]}.
	 */
	int[][] split(final int[] bounds) {
		final int blocks = bounds.length - 1;
		final int[][] split = new int[blocks + 1][neurons];
		for (int s = 0; s < neurons; s++) {
			int q = rowStart[s];
			split[0][s] = q;
			for (int b = 1; b <= blocks; b++) {
				while (q < rowStart[s + 1] && targets[q] < bounds[b])
					q++;
				split[b][s] = q;
			}
		}
		return split;
	}
}
