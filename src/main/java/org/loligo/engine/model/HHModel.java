package org.loligo.engine.model;

/**
 * One HH neuron type: membrane, channel densities, reversal potentials and gate kinetics.
 * <p>
 * Per-area units throughout: capacitance {@code cm} in µF/cm², conductances in mS/cm², potentials in
 * mV, so that currents are in µA/cm² and {@code dV/dt = (I_ext - I_Na - I_K - I_L) / cm} is in mV/ms:
 * <pre>
 *   I_Na = gNa·m³·h·(V - eNa),   I_K = gK·n⁴·(V - eK),   I_L = gL·(V - eL)
 * </pre>
 * (outward currents positive). {@code vInit} is the potential a neuron starts from, with its gates at
 * their steady state there.
 *
 * @param name     the preset name users select it by
 * @param cm       membrane capacitance, µF/cm²
 * @param gNa      maximal sodium conductance, mS/cm²
 * @param gK       maximal potassium conductance, mS/cm²
 * @param gL       leak conductance, mS/cm²
 * @param eNa      sodium reversal potential, mV
 * @param eK       potassium reversal potential, mV
 * @param eL       leak reversal potential, mV
 * @param vInit    initial membrane potential, mV
 * @param kinetics the gates' rate functions
 */
public record HHModel(String name, double cm, double gNa, double gK, double gL, double eNa, double eK,
	double eL, double vInit, GateKinetics kinetics)
{

	public HHModel {
		if (name == null || name.isBlank()) throw new IllegalArgumentException("model name must not be empty");
		positive("cm (µF/cm²)", cm);
		nonNegative("gNa (mS/cm²)", gNa);
		nonNegative("gK (mS/cm²)", gK);
		nonNegative("gL (mS/cm²)", gL);
		finite("eNa (mV)", eNa);
		finite("eK (mV)", eK);
		finite("eL (mV)", eL);
		finite("vInit (mV)", vInit);
		if (kinetics == null) throw new IllegalArgumentException("kinetics must not be null");
	}

	/** Steady-state activation {@code α/(α+β)} of m at V (mV). */
	public double mInf(final double v) {
		final double a = kinetics.alphaM(v);
		return a / (a + kinetics.betaM(v));
	}

	/** Steady-state inactivation of h at V (mV). */
	public double hInf(final double v) {
		final double a = kinetics.alphaH(v);
		return a / (a + kinetics.betaH(v));
	}

	/** Steady-state activation of n at V (mV). */
	public double nInf(final double v) {
		final double a = kinetics.alphaN(v);
		return a / (a + kinetics.betaN(v));
	}

	/** Sodium current in µA/cm² (outward positive). */
	public double iNa(final double v, final double m, final double h) {
		return gNa * m * m * m * h * (v - eNa);
	}

	/** Potassium current in µA/cm² (outward positive). */
	public double iK(final double v, final double n) {
		final double n2 = n * n;
		return gK * n2 * n2 * (v - eK);
	}

	/** Leak current in µA/cm² (outward positive). */
	public double iL(final double v) {
		return gL * (v - eL);
	}

	/** A copy with another leak conductance (mS/cm²) and name. */
	public HHModel withLeak(final String newName, final double newGL) {
		return new HHModel(newName, cm, gNa, gK, newGL, eNa, eK, eL, vInit, kinetics);
	}

	private static void positive(final String what, final double x) {
		if (!(x > 0) || !Double.isFinite(x)) throw new IllegalArgumentException(what + " must be > 0 and finite, got " + x);
	}

	private static void nonNegative(final String what, final double x) {
		if (!(x >= 0) || !Double.isFinite(x)) throw new IllegalArgumentException(what + " must be >= 0 and finite, got " + x);
	}

	private static void finite(final String what, final double x) {
		if (!Double.isFinite(x)) throw new IllegalArgumentException(what + " must be finite, got " + x);
	}
}
