package org.loligo.engine.noise;

import org.apache.commons.math3.special.Erf;

/**
 * The 256-layer ziggurat of the half normal density {@code f(x) = exp(-x²/2)} that {@link GaussianStream}
 * samples, computed at class load (Marsaglia &amp; Tsang 2000, J Stat Softw 5(8), section 2).
 * <p>
 * Layer 0 is the base: the rectangle {@code [0, r] × [0, f(r)]} plus the tail beyond r, of area
 * {@code v = r·f(r) + ∫_r^∞ f}; layer i ≥ 1 is the rectangle {@code [0, x_i] × [f(x_i), f(x_{i+1})]} of the
 * same area v, so {@code f(x_{i+1}) = f(x_i) + v/x_i}, from {@code x_1 = r} up to {@code x_256 = 0}. r is the
 * root of "the 255th layer ends exactly at the top", found by bisection in double precision; the paper
 * gives r = 3.6541528853610088 and v = 4.92867323399e-3, which {@code GaussianStreamTest} checks. The base's
 * abscissa scale is its virtual width {@code x_0 = v/f(r)}.
 */
final class ZigguratTables {

	static final int LAYERS = 256;
	/** The right edge of the base rectangle, where the tail starts. */
	static final double R;
	/** The common area of the layers. */
	static final double V;
	/** x_i, i in [0, 256]: x_0 = v/f(r), x_1 = r, decreasing to x_256 = 0. */
	static final double[] XS = new double[LAYERS + 1];
	/** f(x_i), i in [0, 256] (f(x_0) is not used). */
	static final double[] F = new double[LAYERS + 1];
	/** x_i·2⁻⁵³: a 53-bit integer u times this is u·x_i with u in [0, 1). */
	static final double[] X_SCALED = new double[LAYERS];
	/** The 53-bit integers below which u·x_i &lt; x_{i+1}: the draw lies in layer i's inner rectangle. */
	static final long[] INNER = new long[LAYERS];

	static {
		double lo = 3, hi = 4;
		for (int it = 0; it < 200 && hi - lo > 0; it++) {
			final double mid = 0.5 * (lo + hi);
			if (mid == lo || mid == hi) break;
			if (reachesTopEarly(mid)) lo = mid; // v too large: r too small
			else hi = mid;
		}
		R = hi;
		V = area(R);
		XS[1] = R;
		F[1] = f(R);
		for (int i = 1; i < LAYERS - 1; i++) {
			F[i + 1] = F[i] + V / XS[i];
			XS[i + 1] = Math.sqrt(-2 * Math.log(F[i + 1]));
		}
		XS[LAYERS] = 0;
		F[LAYERS] = 1;
		XS[0] = V / F[1];
		F[0] = 0;
		for (int i = 0; i < LAYERS; i++) {
			X_SCALED[i] = XS[i] * 0x1.0p-53;
			INNER[i] = (long) Math.floor(XS[i + 1] / XS[i] * 0x1.0p53);
		}
	}

	private ZigguratTables() {}

	static double f(final double x) {
		return Math.exp(-0.5 * x * x);
	}

	/** v for base edge r: r·f(r) + ∫_r^∞ exp(-x²/2) dx = r·f(r) + √(π/2)·erfc(r/√2). */
	static double area(final double r) {
		return r * f(r) + Math.sqrt(Math.PI / 2) * Erf.erfc(r / Math.sqrt(2));
	}

	/** Whether the layers built from base edge r reach f = 1 before the last (255th) rectangle layer is done. */
	private static boolean reachesTopEarly(final double r) {
		final double v = area(r);
		double x = r, fx = f(r);
		for (int i = 1; i < LAYERS - 1; i++) {
			fx += v / x;
			if (fx >= 1) return true;
			x = Math.sqrt(-2 * Math.log(fx));
		}
		return fx + v / x > 1; // the top layer must end at (or just below) f = 1
	}
}
