package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.sim.PopulationState;

/**
 * {@code markov}: the exact channel-state Markov chains, counted: N_Na channels with 8 states (a = 0..3
 * open m subunits, b = 0/1 open h subunit; open = m3h1) and N_K channels with 5 states (k = 0..4 open
 * n subunits; open = n4), all independent, with the HH subunit rates. fNa = #m3h1/N_Na,
 * fK = #n4/N_K.
 * <p>
 * Step (fixed dt, V frozen at V(t)): every channel moves by the exact transition matrix
 * P = exp(Q·dt) of its chain at frozen V, so the occupants of each state are spread over the
 * destination states by a multinomial draw with that row of P. The Na chain's generator is a sum of an
 * m part and an h part acting on independent subunits, so its P is the product of the two, drawn one
 * after the other: first each state's h flips, {@code Bin(#(a,0), pOpen_h)} and
 * {@code Bin(#(a,1), 1 - pStay_h)}, then each state's m transitions by the 4-state row of
 * {@link Subunits#rows}. A multinomial is drawn as conditional binomials (the "stay" count first,
 * since it is the largest, then each other destination given those left), with the exact sampler of
 * {@link Binomials}. Nothing here approximates the chain at frozen V: unlike a per-step "leave with
 * probability 1 - e^{-R·dt}, then pick the destination by the rates" scheme, P accounts for channels
 * that make several transitions within a step. The only approximation is V frozen over dt, as in every
 * scheme here. Counts are integers that sum to N, so the recorded gates (subunit occupancies
 * {@code m = Σ a·#(a,b)/(3N)}, {@code h = Σ b·#(a,b)/N}, {@code n = Σ k·#k/(4N_K)}) are in [0, 1]
 * exactly.
 * <p>
 * Start ({@link #init}): the counts are drawn from their stationary distribution at the state's gates
 * (the rest state): each channel independently, i.e. multinomial with probabilities
 * {@code C(3,a)·m^a(1-m)^{3-a}·h^b(1-h)^{1-b}} and {@code C(4,k)·n^k(1-n)^{4-k}}; the recorded gates
 * are then the sampled occupancies. NB: drawing rather than rounding the means starts the run in the
 * channel noise's own stationary state, with no transient.
 * <p>
 * Cost grows like √N per state and step (the binomial draws); for large areas use {@code diffusion}.
 * Arrays: {@code na[8i + a + 4b]}, {@code k[5i + k]}, channel counts of neuron i.
 */
final class MarkovStepper extends ChannelStepper {

	private final int[] na, k;

	private final SubunitTable table;

	/** Na state (a, b) at a + 4b: the other states, fewest subunit flips first (likeliest first at small dt). */
	private static final int[][] NA_ORDER = new int[8][];
	/** K state q: the other states, nearest first. */
	private static final int[][] K_ORDER = new int[5][];

	static {
		for (int st = 0; st < 8; st++) {
			final int from = st;
			NA_ORDER[st] = java.util.stream.IntStream.range(0, 8).filter(d -> d != from).boxed().sorted(
				java.util.Comparator.comparingInt(d -> Math.abs((d & 3) - (from & 3)) + Math.abs((d >> 2) - (from >> 2))))
				.mapToInt(Integer::intValue).toArray();
		}
		for (int q = 0; q < 5; q++) {
			final int from = q;
			K_ORDER[q] = java.util.stream.IntStream.range(0, 5).filter(d -> d != from).boxed().sorted(java.util.Comparator
				.comparingInt(d -> Math.abs(d - from))).mapToInt(Integer::intValue).toArray();
		}
	}

	MarkovStepper(final HHModel p, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams, final boolean rateTables)
	{
		super(p, dt, patch, streams);
		table = new SubunitTable(kinetics, dt, SubunitTable.SIZE, rateTables);
		na = new int[8 * streams.length];
		k = new int[5 * streams.length];
	}

	@Override
	public void init(final PopulationState s, final int from, final int to) {
		final double[] pmf = new double[5];
		final int[] counts = new int[5];
		for (int i = from; i < to; i++) {
			final UniformRandomProvider r = rng[i];
			final int hOpen = Binomials.sample(r, nNa, s.h[i]);
			for (int b = 0; b < 2; b++) {
				Subunits.binomialPmf(3, s.m[i], pmf, 0);
				java.util.Arrays.fill(counts, 0);
				spread(r, b == 1 ? hOpen : nNa - hOpen, pmf, 0, 4, 0, counts);
				for (int a = 0; a < 4; a++)
					na[8 * i + a + 4 * b] = counts[a];
			}
			Subunits.binomialPmf(4, s.n[i], pmf, 0);
			java.util.Arrays.fill(counts, 0);
			spread(r, nK, pmf, 0, 5, 0, counts);
			System.arraycopy(counts, 0, k, 5 * i, 5);
			writeGates(s, i);
		}
	}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] iMid, final double[] iNext)
	{
		final double[] c = new double[SubunitTable.SIZE], scratch = new double[10];
		final double[] weight = new double[8], suffix = new double[8], mAway = new double[4];
		final int[] out = new int[8];
		final int[] x = na, z = k;
		for (int i = from; i < to; i++) {
			final double vi = s.v[i];
			final UniformRandomProvider r = rng[i];
			table.at(vi, c, scratch); // coefficients and matrices over dt
			final int o = 8 * i, ok = 5 * i;
			// Na: P((a, b) → (a', b')) = Pm[a][a']·Ph[b][b'], the m and h subunits being independent; leaving
			// (a, b) has probability mAway[a] + Pm[a][a]·hAway[b], summed so that no 1 - (≈1) cancels.
			final double hOpen = c[3], hStay = c[4];
			for (int a = 0; a < 4; a++) {
				double away = 0;
				for (int a2 = 0; a2 < 4; a2++)
					if (a2 != a) away += c[SubunitTable.PM + 4 * a + a2];
				mAway[a] = away;
			}
			java.util.Arrays.fill(out, 0);
			for (int st = 0; st < 8; st++) {
				final int n = x[o + st];
				if (n == 0) continue;
				final int a = st & 3, b = st >> 2, row = SubunitTable.PM + 4 * a;
				final double hAway = b == 1 ? 1 - hStay : hOpen, mStay = c[row + a];
				final double away = mAway[a] + mStay * hAway;
				final int leave = Moves.leavers(r, n, away, mStay * (1 - hAway));
				out[st] += n - leave;
				if (leave == 0) continue;
				final double toClosed = b == 1 ? hAway : 1 - hAway, toOpen = b == 1 ? 1 - hAway : hAway;
				for (int a2 = 0; a2 < 4; a2++) {
					weight[a2] = c[row + a2] * toClosed;
					weight[a2 + 4] = c[row + a2] * toOpen;
				}
				Moves.spread(r, leave, away, weight, NA_ORDER[st], suffix, out);
			}
			System.arraycopy(out, 0, x, o, 8);
			java.util.Arrays.fill(out, 0, 5, 0);
			for (int q = 0; q < 5; q++) {
				final int n = z[ok + q];
				if (n == 0) continue;
				final int row = SubunitTable.PN + 5 * q;
				double away = 0;
				for (int q2 = 0; q2 < 5; q2++)
					if (q2 != q) away += c[row + q2];
				final int leave = Moves.leavers(r, n, away, c[row + q]);
				out[q] += n - leave;
				if (leave == 0) continue;
				System.arraycopy(c, row, weight, 0, 5); // row q of the K matrix
				Moves.spread(r, leave, away, weight, K_ORDER[q], suffix, out);
			}
			System.arraycopy(out, 0, z, ok, 5);
			writeGates(s, i);
			s.v[i] = voltage(vi, x[o + 7] / (double) nNa, z[ok + 4] / (double) nK, iNow[i]);
		}
	}

	/**
	 * Adds a multinomial draw of {@code count} items over {@code w} destinations with probabilities
	 * {@code p[off..off+w)} to {@code out[0..w)}: destination {@code first} by a binomial, then each other
	 * in turn by a binomial of those left with its probability given the ones not yet drawn; the last gets
	 * the rest.
	 */
	static void spread(final UniformRandomProvider r, final int count, final double[] p, final int off,
		final int w, final int first, final int[] out)
	{
		if (count == 0) return;
		final int stay = Binomials.sample(r, count, p[off + first]);
		out[first] += stay;
		int left = count - stay;
		for (int j = 0; j < w && left > 0; j++) {
			if (j == first) continue;
			double rest = 0; // probability of the destinations not yet drawn, this one included
			for (int l = j; l < w; l++)
				if (l != first) rest += p[off + l];
			final boolean last = j == w - 1 || (j == w - 2 && first == w - 1);
			final int c = last ? left : Binomials.sample(r, left, rest > 0 ? Math.min(1, p[off + j] / rest) : 1);
			out[j] += c;
			left -= c;
		}
	}

	private void writeGates(final PopulationState s, final int i) {
		final int o = 8 * i, ok = 5 * i;
		long mSum = 0, hSum = 0, nSum = 0;
		for (int a = 0; a < 4; a++) {
			mSum += (long) a * (na[o + a] + na[o + a + 4]);
			hSum += na[o + a + 4];
		}
		for (int q = 0; q < 5; q++)
			nSum += (long) q * k[ok + q];
		// Integer ratios ≤ 1, so the quotients are ≤ 1 after rounding too.
		s.m[i] = mSum / (3.0 * nNa);
		s.h[i] = hSum / (double) nNa;
		s.n[i] = nSum / (4.0 * nK);
	}

	/** Neuron i's count in Na state (a, b), for tests. */
	int naCount(final int i, final int a, final int b) {
		return na[8 * i + a + 4 * b];
	}

	/** Neuron i's count in K state q, for tests. */
	int kCount(final int i, final int q) {
		return k[5 * i + q];
	}
}
