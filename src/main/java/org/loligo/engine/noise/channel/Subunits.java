package org.loligo.engine.noise.channel;

import org.loligo.engine.model.GateKinetics;

/**
 * Exact one-step kinetics of independent two-state gating subunits at frozen V, the building block of
 * all three channel-noise methods.
 * <p>
 * A subunit of gate x opens at rate α_x(V) and closes at rate β_x(V) (1/ms). Over a step dt at frozen V
 * it is open at the end with probability
 * <pre>
 *   pOpen = x∞·(1 - e^{-(α+β)dt})          if it was closed,
 *   pStay = x∞ + (1 - x∞)·e^{-(α+β)dt}      if it was open,    x∞ = α/(α+β)
 * </pre>
 * (the exponential-Euler coefficients: {@code x' = A·x + B} with {@code B = pOpen}, {@code A + B = pStay}).
 * A channel with s identical subunits of which i are open goes to j open with probability
 * {@code P(i→j) = P(Bin(i, pStay) + Bin(s - i, pOpen) = j)}; for HH the Na channel is 3 m subunits and
 * one h subunit (8 states, the m and h parts independent), the K channel 4 n subunits (5 states). These
 * rows are the exact transition matrix exp(Q·dt) of the channel's Markov chain at frozen V.
 * <p>
 * Coefficient layout of {@link #at}: {@code out[3g] = pOpen, out[3g+1] = pStay, out[3g+2] = α + β} for
 * g = 0 (m), 1 (h), 2 (n), followed by the rates {@code out[9..14] = αm, βm, αh, βh, αn, βn}.
 */
final class Subunits {

	static final int COEFFICIENTS = 15;

	private Subunits() {}

	/** Fills {@code out} (length ≥ {@link #COEFFICIENTS}) with the layout above at V (mV) for step dt (ms). */
	static void at(final GateKinetics k, final double v, final double dt, final double[] out) {
		final double am = k.alphaM(v), bm = k.betaM(v), ah = k.alphaH(v), bh = k.betaH(v), an = k.alphaN(v),
			bn = k.betaN(v);
		pair(am, bm, dt, out, 0);
		pair(ah, bh, dt, out, 3);
		pair(an, bn, dt, out, 6);
		out[9] = am;
		out[10] = bm;
		out[11] = ah;
		out[12] = bh;
		out[13] = an;
		out[14] = bn;
	}

	/** pOpen, pStay and α + β of one gate with rates a, b (1/ms) over dt (ms) into out[at..at+2]. */
	static void pair(final double a, final double b, final double dt, final double[] out, final int at) {
		final double sum = a + b;
		// -expm1 keeps 1 - e^{-(α+β)dt} accurate when (α+β)·dt is tiny.
		final double leave = -Math.expm1(-sum * dt);
		final double xInf = sum > 0 ? a / sum : 0;
		out[at] = xInf * leave;
		out[at + 1] = 1 - (1 - xInf) * leave;
		out[at + 2] = sum;
	}

	/**
	 * The (s+1)×(s+1) transition matrix of a channel of s subunits over one step, row-major:
	 * {@code rows[off + i·(s+1) + j] = P(i open → j open)}. Each row is a probability vector
	 * (non-negative, sum 1 up to rounding). {@code scratch} needs 2(s+1) doubles.
	 */
	static void rows(final int s, final double pStay, final double pOpen, final double[] rows, final int off,
		final double[] scratch)
	{
		final int w = s + 1;
		for (int i = 0; i <= s; i++) {
			// a = Bin(i, pStay) in scratch[0..i], b = Bin(s - i, pOpen) in scratch[w..w+s-i]; row = a * b.
			binomialPmf(i, pStay, scratch, 0);
			binomialPmf(s - i, pOpen, scratch, w);
			for (int j = 0; j <= s; j++)
				rows[off + i * w + j] = 0;
			for (int x = 0; x <= i; x++)
				for (int y = 0; y <= s - i; y++)
					rows[off + i * w + x + y] += scratch[x] * scratch[w + y];
		}
	}

	/** Bin(n, p) probabilities for 0..n into out[at..at+n] (direct products, no recursion). */
	static void binomialPmf(final int n, final double p, final double[] out, final int at) {
		final double q = 1 - p;
		double c = 1; // C(n, k)
		for (int k = 0; k <= n; k++) {
			out[at + k] = c * pow(p, k) * pow(q, n - k);
			c = c * (n - k) / (k + 1);
		}
	}

	private static double pow(final double x, final int k) {
		double r = 1;
		for (int j = 0; j < k; j++)
			r *= x;
		return r;
	}

	/** x folded onto [0, 1] by reflection at 0 and 1 (x for x already inside; NaN stays NaN). */
	static double reflect(final double x) {
		if (x >= 0 && x <= 1) return x;
		final double y = Math.abs(x) % 2;
		return y <= 1 ? y : 2 - y;
	}
}
