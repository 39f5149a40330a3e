package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * One exact multinomial move of a chain state's occupants over a step: {@code n} channels in state s go to
 * the states d with the probabilities {@code P(s→d)} of one row of the step's transition matrix. Drawn as
 * "how many leave" ({@link #leavers}) — one binomial {@code L ~ Bin(n, Σ_{d≠s} P(s→d))}, exact through
 * {@link Binomials} with the leaving and staying probabilities both passed, so neither loses its relative
 * accuracy — then where the L leavers go ({@link #spread}), a multinomial over the other states with
 * probabilities proportional to {@code P(s→d)}:
 * <ul>
 * <li>while more than {@link #FEW} are left to place: the next destination (in the caller's order, likeliest
 * first) takes a binomial share, {@code Bin(left, w_d / Σ_{d' not yet drawn} w_d')};</li>
 * <li>then each remaining leaver picks its destination by one uniform against the remaining weights.</li>
 * </ul>
 * Both are the multinomial distribution exactly (conditional binomials, and independent categorical draws
 * are the definition of it); the split only changes the cost. NB: at dt = 0.01 ms a state of a few thousand
 * channels sends off a few dozen per step, mostly to one or two neighbours: a handful of cheap categorical
 * draws where the binomial chain costs a transcendental function per destination.
 */
final class Moves {

	/** Leavers placed one by one when no more than this many are left. */
	static final int FEW = 12;

	private Moves() {}

	/**
	 * Of n occupants of a state, how many leave it: {@code Bin(n, away)}, {@code away = Σ_{d≠s} P(s→d)} and
	 * {@code stay = P(s→s)} both given accurately by the caller.
	 */
	static int leavers(final UniformRandomProvider r, final int n, final double away, final double stay) {
		return n == 0 ? 0 : Binomials.sample(r, n, away, stay);
	}

	/**
	 * Where {@code leave} leavers go: adds a multinomial draw over the destinations {@code order} (likeliest
	 * first; any order is exact) with probabilities proportional to {@code weight[d]}, whose sum is
	 * {@code away}, to {@code out[d]}. {@code suffix} is scratch of at least {@code order.length + 1} doubles.
	 */
	static void spread(final UniformRandomProvider r, final int leave, final double away, final double[] weight,
		final int[] order, final double[] suffix, final int[] out)
	{
		if (leave <= FEW) {
			place(r, leave, weight, order, 0, away, out);
			return;
		}
		final int m = order.length;
		suffix[m] = 0;
		for (int j = m - 1; j >= 0; j--) // NB: suffix sums, not a running difference, keep each tail accurate
			suffix[j] = suffix[j + 1] + weight[order[j]];
		int left = leave;
		for (int j = 0; j < m && left > 0; j++) {
			if (left <= FEW) {
				place(r, left, weight, order, j, suffix[j], out);
				return;
			}
			final double w = weight[order[j]], rest = suffix[j];
			final int c = suffix[j + 1] <= 0 ? left : Binomials.sample(r, left, w / rest, suffix[j + 1] / rest);
			out[order[j]] += c;
			left -= c;
		}
	}

	/** Places {@code count} leavers one by one among {@code order[from..]}, whose weights sum to total. */
	private static void place(final UniformRandomProvider r, final int count, final double[] weight, final int[] order,
		final int from, final double total, final int[] out)
	{
		final int last = order.length - 1;
		for (int c = 0; c < count; c++) {
			double u = r.nextDouble() * total;
			int j = from;
			while (j < last) {
				u -= weight[order[j]];
				if (u < 0) break;
				j++;
			}
			out[order[j]]++; // NB: the last destination also takes u left over by rounding (≈ 1e-16)
		}
	}
}
