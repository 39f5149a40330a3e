package org.loligo.engine.network;

import java.util.Arrays;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The {@code random} topology, built row by row without looking at the n² pairs: each ordered pair
 * i ≠ j is connected with probability p independently (Erdős–Rényi), or, for symmetric synapses (gap
 * junctions), each unordered pair once and mirrored.
 * <p>
 * Row i (postsynaptic neuron i; for symmetric synapses, its pairs with j &gt; i) draws from a stream of
 * its own: the topology's root is stream n of the master seed (the stream after the n neurons' noise
 * streams of {@link org.loligo.engine.noise.RandomStreams}) and row i's stream is that root after i long
 * jumps of 2^192 draws. So a row's connections depend on the seed, n and i only, whatever builds them.
 * <p>
 * Within a row the gaps between successive connected candidates are drawn from their geometric law,
 * {@code floor(ln U / ln(1 - p))} with U uniform on (0, 1] — the same distribution as one Bernoulli
 * draw per candidate, in O(connections + n) draws. Rows are drawn twice, once to count (so that the
 * arrays are allocated once, at their final size) and once to fill.
 */
final class RandomTopology {

	private final int n;
	private final double p, logQ;
	private final long seed;
	private final boolean symmetric;
	/** The row being drawn (its first {@code count} entries); grows with the largest row. */
	private int[] row = new int[64];

	private RandomTopology(final int n, final double p, final long seed, final boolean symmetric) {
		this.n = n;
		this.p = p;
		this.logQ = Math.log1p(-p); // -inf for p = 1, where no gap is drawn
		this.seed = seed;
		this.symmetric = symmetric;
	}

	/**
	 * The connections for n neurons, every weight {@code coupling}; none if p or the coupling is 0.
	 *
	 * @param seed resolved master seed (non-zero)
	 */
	static Connectivity build(final int n, final double p, final double coupling, final long seed,
		final boolean symmetric)
	{
		Connectivity.checkProbability(p);
		if (seed == 0) throw new IllegalArgumentException("seed must be resolved (non-zero) before use");
		if (p == 0 || coupling == 0) return Connectivity.of(n, new int[n + 1], new int[0], new double[0]);
		return new RandomTopology(n, p, seed, symmetric).rows(coupling);
	}

	private Connectivity rows(final double coupling) {
		final int[] rowStart = new int[n + 1];
		// Pass 1: the degree of each row (with its mirrored entries when symmetric) and of its drawn part.
		final int[] drawn = new int[n];
		LongJumpableUniformRandomProvider root = root();
		long total = 0;
		for (int i = 0; i < n; i++) {
			final int count = draw(root.longJump(), i);
			drawn[i] = count;
			rowStart[i + 1] += count;
			if (symmetric) for (int q = 0; q < count; q++)
				rowStart[row[q] + 1]++;
			total += symmetric ? 2L * count : count;
			if (total > Connectivity.MAX_CONNECTIONS) throw new IllegalArgumentException(String.format(
				"connectionProbability: %s with neurons=%d draws more than %,d connections, the most one network " +
					"holds; use a smaller connectionProbability or fewer neurons", p, n, Connectivity.MAX_CONNECTIONS));
		}
		for (int i = 0; i < n; i++)
			rowStart[i + 1] += rowStart[i];
		// Pass 2: the same draws, into place. Symmetric rows are [mirrored j < i ascending][drawn j > i].
		final int[] pre = new int[(int) total];
		final int[] lower = symmetric ? Arrays.copyOf(rowStart, n) : null;
		root = root();
		for (int i = 0; i < n; i++) {
			final int count = draw(root.longJump(), i);
			System.arraycopy(row, 0, pre, symmetric ? rowStart[i + 1] - drawn[i] : rowStart[i], count);
			if (symmetric) for (int q = 0; q < count; q++)
				pre[lower[row[q]]++] = i;
		}
		final double[] weight = new double[pre.length];
		Arrays.fill(weight, coupling);
		return Connectivity.of(n, rowStart, pre, weight);
	}

	/** The root of the row streams: stream n of the master seed (see the class javadoc). */
	private LongJumpableUniformRandomProvider root() {
		final JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP
			.create(seed);
		for (int k = 0; k < n; k++)
			master.jump();
		return (LongJumpableUniformRandomProvider) master;
	}

	/** Draws row i's presynaptic neurons into {@link #row} (ascending); returns how many. */
	private int draw(final UniformRandomProvider rng, final int i) {
		// Candidates c = 0 … m-1: neuron c, skipping i (directed), or neuron i + 1 + c (symmetric).
		final long m = symmetric ? n - 1L - i : n - 1L;
		int count = 0;
		for (long c = -1;;) {
			if (p < 1) {
				final double skip = Math.floor(Math.log(1.0 - rng.nextDouble()) / logQ);
				if (skip >= m - 1 - c) break; // NB: compared as a double, so a huge gap cannot overflow c
				c += 1 + (long) skip;
			}
			else if (++c >= m) break;
			if (count == row.length) row = Arrays.copyOf(row, 2 * count);
			row[count++] = (int) (symmetric ? i + 1 + c : c < i ? c : c + 1);
		}
		return count;
	}
}
