package org.loligo.analysis.bifurcation;

import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.NeuronModel;

/**
 * Test reference: the hand-written 4-variable HH field that the bifurcation analysis used before it
 * read any model ({@link ModelField}), kept to show that the generic field gives its very doubles.
 * The HH system under a constant current, as a {@link VectorField} on x = (V, m, h, n):
 * <pre>
 *   dV/dt = (I - gNa m³h (V - eNa) - gK n⁴ (V - eK) - gL (V - eL)) / cm
 *   dx/dt = α_x(V) (1 - x) - β_x(V) x          for x = m, h, n
 * </pre>
 * V in mV, t in ms, I in µA/cm², conductances in mS/cm², cm in µF/cm² (so dV/dt is in mV/ms).
 * The Jacobian is exact in the gates and in V's polynomial terms; only the rate functions' slopes
 * dα/dV, dβ/dV come from central differences (step {@value #DV} mV, relative error about 1e-11,
 * since the rates vary on a scale of 10 mV), which keeps it valid for any {@link GateKinetics}.
 * <p>
 * At an equilibrium every gate sits at x∞(V), so equilibria are the roots of the 1-D function
 * {@link #steadyCurrent}: {@code F(V) = I - I_ion(V, m∞, h∞, n∞)} (µA/cm²).
 */
final class HHField implements VectorField {

	/** Difference step for the rate slopes, mV. */
	static final double DV = 1e-4;

	final double cm, gNa, gK, gL, eNa, eK, eL, current;

	final GateKinetics k;

	private HHField(final double cm, final double gNa, final double gK, final double gL, final double eNa,
		final double eK, final double eL, final double current, final GateKinetics k)
	{
		this.cm = cm;
		this.gNa = gNa;
		this.gK = gK;
		this.gL = gL;
		this.eNa = eNa;
		this.eK = eK;
		this.eL = eL;
		this.current = current;
		this.k = k;
	}

	/** The model, which must have the HH shape, under a constant injected current (µA/cm²). */
	static HHField of(final NeuronModel model, final double current) {
		final HHModel m = HHModel.of(model);
		if (m == null) throw new IllegalArgumentException(model.name() + " is not HH-shaped");
		return new HHField(m.cm(), m.gNa(), m.gK(), m.gL(), m.eNa(), m.eK(), m.eL(), current, m.kinetics());
	}

	@Override
	public int dimension() {
		return 4;
	}

	@Override
	public void rhs(final double[] x, final double[] out) {
		final double v = x[0], m = x[1], h = x[2], n = x[3];
		final double n2 = n * n;
		out[0] = (current - gNa * m * m * m * h * (v - eNa) - gK * n2 * n2 * (v - eK) - gL * (v - eL)) / cm;
		out[1] = gate(k.alphaM(v), k.betaM(v), m);
		out[2] = gate(k.alphaH(v), k.betaH(v), h);
		out[3] = gate(k.alphaN(v), k.betaN(v), n);
	}

	private static double gate(final double a, final double b, final double x) {
		return a * (1 - x) - b * x;
	}

	@Override
	public void jacobian(final double[] x, final double[][] j) {
		rhsJacobian(x, null, j);
	}

	/** {@link #rhs} into {@code out} (skipped if null) and {@link #jacobian} into {@code j}, sharing the rates. */
	void rhsJacobian(final double[] x, final double[] out, final double[][] j) {
		final double v = x[0], m = x[1], h = x[2], n = x[3];
		final double m2 = m * m, n3 = n * n * n;
		final double[] r0 = j[0];
		r0[0] = -(gNa * m2 * m * h + gK * n3 * n + gL) / cm;
		r0[1] = -3 * gNa * m2 * h * (v - eNa) / cm;
		r0[2] = -gNa * m2 * m * (v - eNa) / cm;
		r0[3] = -4 * gK * n3 * (v - eK) / cm;
		final double vp = v + DV, vm = v - DV, inv = 1 / (2 * DV);
		final double am = k.alphaM(v), bm = k.betaM(v), ah = k.alphaH(v), bh = k.betaH(v), an = k.alphaN(v),
			bn = k.betaN(v);
		gateRow(j[1], 1, m, (k.alphaM(vp) - k.alphaM(vm)) * inv, (k.betaM(vp) - k.betaM(vm)) * inv, am, bm);
		gateRow(j[2], 2, h, (k.alphaH(vp) - k.alphaH(vm)) * inv, (k.betaH(vp) - k.betaH(vm)) * inv, ah, bh);
		gateRow(j[3], 3, n, (k.alphaN(vp) - k.alphaN(vm)) * inv, (k.betaN(vp) - k.betaN(vm)) * inv, an, bn);
		if (out == null) return;
		final double n2 = n * n;
		out[0] = (current - gNa * m * m * m * h * (v - eNa) - gK * n2 * n2 * (v - eK) - gL * (v - eL)) / cm;
		out[1] = gate(am, bm, m);
		out[2] = gate(ah, bh, h);
		out[3] = gate(an, bn, n);
	}

	private static void gateRow(final double[] row, final int i, final double x, final double da, final double db,
		final double a, final double b)
	{
		row[0] = da * (1 - x) - db * x;
		row[1] = row[2] = row[3] = 0;
		row[i] = -(a + b);
	}

	/** {@code ∂f/∂I} (independent of the state): {@code (1/C, 0, 0, 0)}. */
	void dCurrent(final double[] out) {
		out[0] = 1 / cm;
		out[1] = out[2] = out[3] = 0;
	}

	/** The state (V, m∞(V), h∞(V), n∞(V)) into {@code x}. */
	void steadyState(final double v, final double[] x) {
		x[0] = v;
		x[1] = inf(k.alphaM(v), k.betaM(v));
		x[2] = inf(k.alphaH(v), k.betaH(v));
		x[3] = inf(k.alphaN(v), k.betaN(v));
	}

	private static double inf(final double a, final double b) {
		return a / (a + b);
	}

	/**
	 * {@code F(V) = I - I_ion(V)} with every gate at steady state, µA/cm²: zero exactly at the equilibria,
	 * and {@code cm·dV/dt} there.
	 */
	double steadyCurrent(final double v) {
		final double m = inf(k.alphaM(v), k.betaM(v)), h = inf(k.alphaH(v), k.betaH(v)),
			n = inf(k.alphaN(v), k.betaN(v));
		final double n2 = n * n;
		return current - gNa * m * m * m * h * (v - eNa) - gK * n2 * n2 * (v - eK) - gL * (v - eL);
	}
}
