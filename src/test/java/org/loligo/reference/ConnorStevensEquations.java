package org.loligo.reference;

/**
 * Connor–Stevens neuron as given by Dayan &amp; Abbott (2001), <i>Theoretical Neuroscience</i>,
 * chapter 6, §6.2 "Conductance-Based Models", subsection "The Connor-Stevens Model" (the model
 * of their Figure 6.1, adapted from Connor, Walter &amp; McKown 1977, Biophys J 18:81): fast Na,
 * delayed-rectifier K, transient A-type K and leak,
 * <pre>
 *   c_m dV/dt = -g_Na m³h (V-E_Na) - g_K n⁴ (V-E_K) - g_A a³b (V-E_A) - g_L (V-E_L) + I
 * </pre>
 * Written from that text (as transcribed in the brief) and checked line by line against three
 * independent transcriptions: davrot/pytutorial {@code advanced_programming/connor_stevens}, the
 * ModelDB NEURON mechanism "Connor-Stevens model adapted from Dayan and Abbott" (M. Shishikura,
 * 2019) and RTXI/connor-stevens; see README-reference.md for the differences found (RTXI's α_h,
 * and E_L = -70 mV in the two simulator ports).
 * <p>
 * Units: mV, ms, µA/cm². Dayan &amp; Abbott give densities per mm²; 1 mm² = 10⁻² cm², so every
 * density is multiplied by 100: c_m = 10 nF/mm² = 1 µF/cm², g_Na = 1.2 mS/mm² = 120 mS/cm²,
 * g_K = 0.2 mS/mm² = 20 mS/cm², g_A = 0.477 mS/mm² = 47.7 mS/cm², g_L = 0.003 mS/mm² =
 * 0.3 mS/cm², and a current I_e/A of 1 nA/mm² is 0.1 µA/cm². Rates are in 1/ms, times in ms.
 * <p>
 * State vector: {V, m, h, n, a, b}. Immutable: the applied current is fixed at construction.
 */
public final class ConnorStevensEquations implements NeuronReference.Model {

	/** Membrane capacitance, µF/cm² (D&amp;A §6.2: c_m = 10 nF/mm²). */
	public static final double C_M = 1.0;
	/** Maximal Na conductance, mS/cm² (D&amp;A §6.2: 1.2 mS/mm²). */
	public static final double G_NA = 120.0;
	/** Maximal delayed-rectifier K conductance, mS/cm² (D&amp;A §6.2: 0.2 mS/mm²). */
	public static final double G_K = 20.0;
	/** Maximal A-current conductance, mS/cm² (D&amp;A §6.2: 0.477 mS/mm²). */
	public static final double G_A = 47.7;
	/** Leak conductance, mS/cm² (D&amp;A §6.2: 0.003 mS/mm²). */
	public static final double G_L = 0.3;
	/** Reversal potentials, mV (D&amp;A §6.2). */
	public static final double E_NA = 55.0, E_K = -72.0, E_A = -75.0, E_L = -17.0;

	private final double current;

	/** The model at zero applied current. */
	public ConnorStevensEquations() {
		this(0.0);
	}

	/** @param current applied current density, µA/cm² (positive depolarises) */
	public ConnorStevensEquations(double current) {
		this.current = current;
	}

	/** x / (1 - exp(-x/k)) with its removable singularity at x = 0 (limit k), via expm1. */
	static double vtrap(double x, double k) {
		return x == 0.0 ? k : x / -Math.expm1(-x / k);
	}

	/** α_m = 0.38 (V+29.7) / (1 - exp(-0.1 (V+29.7))), 1/ms. */
	public static double alphaM(double v) {
		return 0.38 * vtrap(v + 29.7, 10.0);
	}

	/** β_m = 15.2 exp(-0.0556 (V+54.7)), 1/ms. */
	public static double betaM(double v) {
		return 15.2 * Math.exp(-0.0556 * (v + 54.7));
	}

	/** α_h = 0.266 exp(-0.05 (V+48)), 1/ms. */
	public static double alphaH(double v) {
		return 0.266 * Math.exp(-0.05 * (v + 48.0));
	}

	/** β_h = 3.8 / (1 + exp(-0.1 (V+18))), 1/ms. */
	public static double betaH(double v) {
		return 3.8 / (1.0 + Math.exp(-0.1 * (v + 18.0)));
	}

	/** α_n = 0.02 (V+45.7) / (1 - exp(-0.1 (V+45.7))), 1/ms. */
	public static double alphaN(double v) {
		return 0.02 * vtrap(v + 45.7, 10.0);
	}

	/** β_n = 0.25 exp(-0.0125 (V+55.7)), 1/ms. */
	public static double betaN(double v) {
		return 0.25 * Math.exp(-0.0125 * (v + 55.7));
	}

	/** a∞³ = 0.0761 exp(0.0314 (V+94.22)) / (1 + exp(0.0346 (V+1.17))); kept separate from the
	 * cube root so that I_ss does not take the cube of a cube root. */
	public static double aInfCubed(double v) {
		return 0.0761 * Math.exp(0.0314 * (v + 94.22)) / (1.0 + Math.exp(0.0346 * (v + 1.17)));
	}

	/** a∞ = (a∞³)^(1/3). */
	public static double aInf(double v) {
		return Math.cbrt(aInfCubed(v));
	}

	/** τ_a = 0.3632 + 1.158 / (1 + exp(0.0497 (V+55.96))), ms. */
	public static double tauA(double v) {
		return 0.3632 + 1.158 / (1.0 + Math.exp(0.0497 * (v + 55.96)));
	}

	/** b∞ = (1 / (1 + exp(0.0688 (V+53.3))))⁴. */
	public static double bInf(double v) {
		double s = 1.0 / (1.0 + Math.exp(0.0688 * (v + 53.3)));
		return s * s * s * s;
	}

	/** τ_b = 1.24 + 2.678 / (1 + exp(0.0624 (V+50))), ms. */
	public static double tauB(double v) {
		return 1.24 + 2.678 / (1.0 + Math.exp(0.0624 * (v + 50.0)));
	}

	/** Total ionic current (outward positive), µA/cm², at the given gates. */
	static double ionic(double v, double m, double h, double n, double a3b) {
		return G_NA * m * m * m * h * (v - E_NA) + G_K * n * n * n * n * (v - E_K)
			+ G_A * a3b * (v - E_A) + G_L * (v - E_L);
	}

	@Override
	public String name() {
		return "Connor-Stevens";
	}

	@Override
	public double current() {
		return current;
	}

	@Override
	public ConnorStevensEquations withCurrent(double i) {
		return new ConnorStevensEquations(i);
	}

	@Override
	public int getDimension() {
		return 6;
	}

	@Override
	public double[] steadyState(double v) {
		double am = alphaM(v), ah = alphaH(v), an = alphaN(v);
		return new double[] { v, am / (am + betaM(v)), ah / (ah + betaH(v)), an / (an + betaN(v)),
			aInf(v), bInf(v) };
	}

	@Override
	public double steadyStateCurrent(double v) {
		double[] s = steadyState(v);
		return ionic(v, s[1], s[2], s[3], aInfCubed(v) * s[5]);
	}

	@Override
	public void computeDerivatives(double t, double[] y, double[] dy) {
		double v = y[0], m = y[1], h = y[2], n = y[3], a = y[4], b = y[5];
		dy[0] = (current - ionic(v, m, h, n, a * a * a * b)) / C_M;
		// x' = α(1-x) - βx, the book's form of (x∞ - x)/τ_x for the HH-type gates
		dy[1] = alphaM(v) * (1 - m) - betaM(v) * m;
		dy[2] = alphaH(v) * (1 - h) - betaH(v) * h;
		dy[3] = alphaN(v) * (1 - n) - betaN(v) * n;
		dy[4] = (aInf(v) - a) / tauA(v);
		dy[5] = (bInf(v) - b) / tauB(v);
	}
}
