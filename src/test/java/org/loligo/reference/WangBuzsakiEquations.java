package org.loligo.reference;

/**
 * Wang–Buzsáki hippocampal interneuron, single compartment, no synapses: Wang X-J &amp; Buzsáki G
 * (1996) "Gamma oscillation by synaptic inhibition in a hippocampal interneuronal network model",
 * J Neurosci 16(20):6402–6413, Materials and Methods (model neuron):
 * <pre>
 *   C dV/dt = -g_Na m∞(V)³ h (V-E_Na) - g_K n⁴ (V-E_K) - g_L (V-E_L) + I
 *   dh/dt = φ (α_h (1-h) - β_h h),   dn/dt = φ (α_n (1-n) - β_n n),   φ = 5
 *   m∞ = α_m / (α_m + β_m)           (activation taken as instantaneous)
 * </pre>
 * Checked against independent transcriptions: Brian 2's example
 * {@code examples/frompapers/Wang_Buszaki_1996.py}, ModelDB's {@code hh_wbm} mechanism (I. Vida,
 * "modified to match the model that was used in the simulations of Wang and Buzsaki (1996)"),
 * the Sims.jl WangBuzsaki example and NEST/NESTML {@code wb_cond_exp} (same g, E, C); all agree.
 * <p>
 * Units as in the paper: mV, ms, µA/cm², mS/cm², µF/cm². State vector: {V, h, n}. Immutable.
 */
public final class WangBuzsakiEquations implements NeuronReference.Model {

	/** Membrane capacitance, µF/cm² (WB 1996: C_m = 1). */
	public static final double C_M = 1.0;
	/** Maximal conductances, mS/cm² (WB 1996: g_Na = 35, g_K = 9, g_L = 0.1). */
	public static final double G_NA = 35.0, G_K = 9.0, G_L = 0.1;
	/** Reversal potentials, mV (WB 1996: E_Na = 55, E_K = -90, E_L = -65). */
	public static final double E_NA = 55.0, E_K = -90.0, E_L = -65.0;
	/** Temperature-like factor on the h and n kinetics (WB 1996: φ = 5). */
	public static final double PHI = 5.0;

	private final double current;

	/** The model at zero applied current. */
	public WangBuzsakiEquations() {
		this(0.0);
	}

	/** @param current applied current density, µA/cm² (positive depolarises) */
	public WangBuzsakiEquations(double current) {
		this.current = current;
	}

	/** α_m = 0.1 (V+35) / (1 - exp(-(V+35)/10)), 1/ms. */
	public static double alphaM(double v) {
		return 0.1 * ConnorStevensEquations.vtrap(v + 35.0, 10.0);
	}

	/** β_m = 4 exp(-(V+60)/18), 1/ms. */
	public static double betaM(double v) {
		return 4.0 * Math.exp(-(v + 60.0) / 18.0);
	}

	/** m∞ = α_m / (α_m + β_m). */
	public static double mInf(double v) {
		double a = alphaM(v);
		return a / (a + betaM(v));
	}

	/** α_h = 0.07 exp(-(V+58)/20), 1/ms (before φ). */
	public static double alphaH(double v) {
		return 0.07 * Math.exp(-(v + 58.0) / 20.0);
	}

	/** β_h = 1 / (exp(-0.1 (V+28)) + 1), 1/ms (before φ). */
	public static double betaH(double v) {
		return 1.0 / (Math.exp(-0.1 * (v + 28.0)) + 1.0);
	}

	/** α_n = 0.01 (V+34) / (1 - exp(-0.1 (V+34))), 1/ms (before φ). */
	public static double alphaN(double v) {
		return 0.01 * ConnorStevensEquations.vtrap(v + 34.0, 10.0);
	}

	/** β_n = 0.125 exp(-(V+44)/80), 1/ms (before φ). */
	public static double betaN(double v) {
		return 0.125 * Math.exp(-(v + 44.0) / 80.0);
	}

	/** Total ionic current (outward positive), µA/cm². */
	static double ionic(double v, double h, double n) {
		double m = mInf(v);
		return G_NA * m * m * m * h * (v - E_NA) + G_K * n * n * n * n * (v - E_K)
			+ G_L * (v - E_L);
	}

	@Override
	public String name() {
		return "Wang-Buzsaki";
	}

	@Override
	public double current() {
		return current;
	}

	@Override
	public WangBuzsakiEquations withCurrent(double i) {
		return new WangBuzsakiEquations(i);
	}

	@Override
	public int getDimension() {
		return 3;
	}

	/** φ scales α and β alike, so it leaves h∞ and n∞ unchanged. */
	@Override
	public double[] steadyState(double v) {
		double ah = alphaH(v), an = alphaN(v);
		return new double[] { v, ah / (ah + betaH(v)), an / (an + betaN(v)) };
	}

	@Override
	public double steadyStateCurrent(double v) {
		double[] s = steadyState(v);
		return ionic(v, s[1], s[2]);
	}

	@Override
	public void computeDerivatives(double t, double[] y, double[] dy) {
		double v = y[0], h = y[1], n = y[2];
		dy[0] = (current - ionic(v, h, n)) / C_M;
		dy[1] = PHI * (alphaH(v) * (1 - h) - betaH(v) * h);
		dy[2] = PHI * (alphaN(v) * (1 - n) - betaN(v) * n);
	}
}
