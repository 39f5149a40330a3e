package org.loligo.engine.network.coba;

/**
 * {@code e^x} to within a few ulp, short enough for HotSpot to inline into the network's step loop.
 * <p>
 * NB: {@link Math#exp} is an out-of-line stub whose call spills the loop's live floating-point
 * registers; the V update needs one exp per neuron and step. Method (Tang 1989): {@code x = (32k + j)·ln2/32
 * + r} with {@code |r| ≤ ln2/64}, so {@code e^x = 2^k · 2^(j/32) · e^r}; e^r by its degree-7 Taylor
 * polynomial (truncation error below 4e-18), 2^(j/32) from a 32-entry table, 2^k added to the exponent
 * bits. {@code FastExpTest} bounds the error against Math.exp. Outside (-700, 700) and for NaN it defers to
 * Math.exp.
 */
final class FastExp {

	private static final double SHIFT = 0x1.8p52, INV_LN2_32 = 32 / Math.log(2);
	/** ln2/32 split so that {@code k·HI} is exact for |k| < 2^20 (HI has 28 trailing zero bits). */
	private static final double LN2_32_HI, LN2_32_LO;
	private static final double[] TABLE = new double[32];

	static {
		final double ln2_32 = Math.log(2) / 32;
		LN2_32_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(ln2_32) & ~0xFFFFFFFL);
		// The low part from the exact binary value of ln2 (0x1.62e42fefa39ef358p-1) minus HI.
		LN2_32_LO = (0x1.62e42fefa39efp-1 / 32 - LN2_32_HI) + 0x1.abc9e3b39803fp-56 / 32;
		for (int j = 0; j < 32; j++)
			TABLE[j] = Math.pow(2, j / 32.0);
	}

	private FastExp() {}

	static double exp(final double x) {
		if (!(x > -700 && x < 700)) return Math.exp(x);
		final double shifted = x * INV_LN2_32 + SHIFT; // round(32x/ln2) in the low bits
		final long bits = Double.doubleToRawLongBits(shifted);
		final double kd = shifted - SHIFT;
		final double r = x - kd * LN2_32_HI - kd * LN2_32_LO;
		final double p = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 /
			720 + r * (1.0 / 5040)))))));
		final double y = TABLE[(int) bits & 31] * p;
		return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((bits >> 5) << 52));
	}
}
