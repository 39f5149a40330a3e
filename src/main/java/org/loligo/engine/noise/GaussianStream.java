package org.loligo.engine.noise;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact standard-normal draws, one stream per neuron, filled in blocks: a 256-layer ziggurat (Marsaglia &amp;
 * Tsang 2000, J Stat Softw 5(8)) with the layer index and the abscissa taken from disjoint bits of one 64-bit
 * word (the fix of Doornik 2005 for the original's correlated index and value), on a xoshiro256++ generator
 * (Blackman &amp; Vigna 2021) whose state lives in locals while a block is drawn.
 * <p>
 * The ziggurat covers the half density {@code f(x) = exp(-x²/2)} by 255 stacked rectangles and a base
 * region (a rectangle of width r plus the tail beyond r), all of the same area v ({@link ZigguratTables}).
 * One draw: layer i uniform among 256, u uniform in [0, 1) with 53 bits, a sign bit, {@code z = u·x_i};
 * <ul>
 * <li>{@code z < x_{i+1}}: the point lies under the curve for certain, z is accepted (98.8 % of draws);</li>
 * <li>layer 0 beyond r: a draw from the tail, by Marsaglia's method ({@code x = -ln(u₁)/r},
 * {@code y = -ln(u₂)}, accepted when {@code 2y > x²}; the result is {@code r + x});</li>
 * <li>otherwise (the wedge between the curve and the rectangle): y uniform over the rectangle's height,
 * z accepted when {@code y < f(z)}, else the whole draw starts again.</li>
 * </ul>
 * Every branch is rejection sampling from the exact density, so the draws are exactly N(0, 1) up to the
 * rounding of the tables and of u (53 bits); {@code GaussianStreamTest} checks moments, tail
 * probabilities, a χ² over the layers and Kolmogorov–Smirnov distances against the exact normal CDF.
 * <p>
 * Seeding: the generator's 256-bit state is four words of the neuron's own stream, so "same seed, same
 * draws" holds per neuron whatever the thread count, and the stream it was seeded from stays free for a
 * stochastic scheme. Not thread-safe (one per neuron, used by the thread that owns the neuron).
 */
public final class GaussianStream {

	private static final double[] X = ZigguratTables.X_SCALED;
	private static final long[] INNER = ZigguratTables.INNER;
	private static final double R = ZigguratTables.R;

	private long s0, s1, s2, s3;

	/** A stream seeded with four words of {@code seedSource} (which it then no longer reads). */
	public GaussianStream(final UniformRandomProvider seedSource) {
		this(seedSource.nextLong(), seedSource.nextLong(), seedSource.nextLong(), seedSource.nextLong());
	}

	/** A stream from the xoshiro256++ state (s0, s1, s2, s3); an all-zero state is replaced by a fixed one. */
	GaussianStream(final long s0, final long s1, final long s2, final long s3) {
		final boolean zero = (s0 | s1 | s2 | s3) == 0;
		this.s0 = zero ? 0x9E3779B97F4A7C15L : s0; // NB: xoshiro's all-zero state is a fixed point
		this.s1 = s1;
		this.s2 = s2;
		this.s3 = s3;
	}

	/** The generator's next 64-bit word (xoshiro256++). */
	long nextLong() {
		final long result = Long.rotateLeft(s0 + s3, 23) + s0;
		final long t = s1 << 17;
		s2 ^= s0;
		s3 ^= s1;
		s1 ^= s2;
		s0 ^= s3;
		s2 ^= t;
		s3 = Long.rotateLeft(s3, 45);
		return result;
	}

	/** One standard-normal draw. */
	public double sample() {
		while (true) {
			final long w = nextLong();
			final int i = (int) w & 0xff;
			final long u = w >>> 11;
			if (u < INNER[i]) return signed(u * X[i], w);
			final double z = outer(i, u);
			if (z == z) return signed(z, w); // NaN: rejected, draw again
		}
	}

	/**
	 * Writes {@code scale·ξ_q} into {@code out[at + q·stride]} for q in [0, count), ξ_q standard normal: the
	 * same values as {@code count} calls of {@link #sample()}.
	 */
	public void fill(final double[] out, final int at, final int count, final int stride, final double scale) {
		long a = s0, b = s1, c = s2, d = s3;
		for (int q = 0, o = at; q < count; q++, o += stride) {
			while (true) {
				final long w = Long.rotateLeft(a + d, 23) + a; // xoshiro256++, inline
				final long t = b << 17;
				c ^= a;
				d ^= b;
				b ^= c;
				a ^= d;
				c ^= t;
				d = Long.rotateLeft(d, 45);
				final int i = (int) w & 0xff;
				final long u = w >>> 11;
				if (u < INNER[i]) {
					out[o] = scale * signed(u * X[i], w);
					break;
				}
				// NB: the rare outer draws read the generator through the fields.
				s0 = a;
				s1 = b;
				s2 = c;
				s3 = d;
				final double z = outer(i, u);
				a = s0;
				b = s1;
				c = s2;
				d = s3;
				if (z == z) {
					out[o] = scale * signed(z, w);
					break;
				}
			}
		}
		s0 = a;
		s1 = b;
		s2 = c;
		s3 = d;
	}

	/** The draw outside layer i's inner rectangle: |z| from the tail or the wedge, or NaN if rejected. */
	private double outer(final int i, final long u) {
		if (i == 0) { // the tail beyond R
			while (true) {
				final double x = -Math.log(open()) / R;
				final double y = -Math.log(open());
				if (2 * y > x * x) return R + x;
			}
		}
		final double z = u * X[i];
		final double fOut = ZigguratTables.F[i], fIn = ZigguratTables.F[i + 1];
		final double y = fOut + open() * (fIn - fOut);
		return y < Math.exp(-0.5 * z * z) ? z : Double.NaN;
	}

	/**
	 * z ≥ 0 with the sign of bit 8 of w: the bit is moved onto the double's sign bit. NB: branch-free, since a
	 * branch on a random bit is mispredicted half the time.
	 */
	private static double signed(final double z, final long w) {
		return Double.longBitsToDouble(Double.doubleToRawLongBits(z) ^ (w & 0x100) << 55);
	}

	/** A uniform draw in (0, 1], 53 bits. */
	private double open() {
		return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
	}
}
