package org.loligo.engine.network.coba;

/**
 * {@code e^x} to within a few ulp, with nothing but multiplies, adds and bit moves, so that
 * {@link VectorMembrane} can compute the same function lane by lane and get the same bits.
 * <p>
 * NB: {@link Math#exp} is an out-of-line stub whose call spills the loop's live floating-point
 * registers, and it has no lane-wise twin that is bitwise equal. Method: {@code x = k·ln2 + r} with
 * {@code k = round(x/ln2)} and {@code |r| ≤ ln2/2}, so {@code e^x = 2^k · e^r}; e^r by its degree-12 Taylor
 * polynomial evaluated by Estrin's scheme (truncation error {@code (ln2/2)^13/13! < 2e-16}, i.e. within an ulp); 2^k added
 * to the exponent bits. k is rounded by the 1.5·2^52 shift trick. No fused multiply-add anywhere: a
 * machine without FMA would have to emulate {@code Math.fma} in software, and a fused operation in one path
 * only would break the bitwise match. {@code FastExpTest} bounds the error against Math.exp. Outside
 * (-700, 700) and for NaN it defers to Math.exp (the vector path does the same for such lanes).
 */
final class FastExp {

	/** Lanes with x outside (LOW, HIGH) or NaN take Math.exp. */
	static final double LOW = -700, HIGH = 700;
	static final double SHIFT = 0x1.8p52, INV_LN2 = 1 / Math.log(2);
	/** ln2 split so that {@code k·LN2_HI} is exact for |k| < 2^28 (LN2_HI has 28 trailing zero bits). */
	static final double LN2_HI, LN2_LO;
	/** 1/j!, the Taylor coefficients of e^r. */
	static final double C2 = 1.0 / 2, C3 = C2 / 3, C4 = C3 / 4, C5 = C4 / 5, C6 = C5 / 6, C7 = C6 / 7, C8 = C7 / 8,
		C9 = C8 / 9, C10 = C9 / 10, C11 = C10 / 11, C12 = C11 / 12;

	static {
		final double ln2 = Math.log(2);
		LN2_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(ln2) & ~0xFFFFFFFL);
		// The low part from the exact value of ln2: its double plus 0x1.abc9e3b39803fp-56.
		LN2_LO = (0x1.62e42fefa39efp-1 - LN2_HI) + 0x1.abc9e3b39803fp-56;
	}

	private FastExp() {}

	static double exp(final double x) {
		if (!(x > LOW && x < HIGH)) return Math.exp(x);
		final double shifted = x * INV_LN2 + SHIFT; // round(x/ln2) in the low mantissa bits
		final long bits = Double.doubleToRawLongBits(shifted);
		final double k = shifted - SHIFT;
		final double r = (x - k * LN2_HI) - k * LN2_LO;
		// Estrin's scheme: the same polynomial as Horner's, with a dependency chain of 6 operations, not 24.
		final double r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
		final double p = ((1 + r) + (C2 + C3 * r) * r2) + ((C4 + C5 * r) + (C6 + C7 * r) * r2) * r4 + (((C8 + C9 * r) +
			(C10 + C11 * r) * r2) + C12 * r4) * r8;
		// 2^k: k sits in the low bits of `bits` (offset by 2^51, which the shift by 52 pushes out).
		return Double.longBitsToDouble(Double.doubleToRawLongBits(p) + (bits << 52));
	}
}
