package org.loligo.reference;

/**
 * The Hodgkin–Huxley equations as the NeuroML2 specification's single-compartment HH example cell
 * states them (NeuroML2 repository, {@code NeuroML2CoreTypes/NML2_SingleCompHHCell.nml}, rate forms
 * of {@code Channels.xml}), written here from those equations, not from Loligo's model classes:
 * <pre>
 *   α_m = 1·x/(1 - e^{-x}), x = (V+40)/10      β_m = 4 e^{(V+65)/-18}
 *   α_h = 0.07 e^{(V+65)/-20}                  β_h = 1/(1 + e^{-(V+35)/10})
 *   α_n = 0.1·x/(1 - e^{-x}), x = (V+55)/10    β_n = 0.125 e^{(V+65)/-80}
 *   g_Na = 120, g_K = 36, g_L = 0.3 mS/cm²; E_Na = 50, E_K = -77, E_L = -54.3 mV; C = 1 µF/cm²
 * </pre>
 * Every rate is multiplied by {@code phi} (a Q10 factor, NeuroML2's {@code rateScale}). State {V, m, h, n}.
 */
public final class HHEquations implements NeuronReference.Model {

	private final double current, phi, eLeak;

	/**
	 * @param current applied current, µA/cm²
	 * @param phi     factor on every rate
	 * @param eLeak   leak reversal, mV
	 */
	public HHEquations(final double current, final double phi, final double eLeak) {
		this.current = current;
		this.phi = phi;
		this.eLeak = eLeak;
	}

	private static double expLinear(final double rate, final double v, final double mid, final double scale) {
		final double x = (v - mid) / scale;
		return x == 0 ? rate : rate * x / (1 - Math.exp(-x));
	}

	public double alphaM(final double v) {
		return phi * expLinear(1, v, -40, 10);
	}

	public double betaM(final double v) {
		return phi * 4 * Math.exp((v + 65) / -18);
	}

	public double alphaH(final double v) {
		return phi * 0.07 * Math.exp((v + 65) / -20);
	}

	public double betaH(final double v) {
		return phi / (1 + Math.exp(-(v + 35) / 10));
	}

	public double alphaN(final double v) {
		return phi * expLinear(0.1, v, -55, 10);
	}

	public double betaN(final double v) {
		return phi * 0.125 * Math.exp((v + 65) / -80);
	}

	@Override
	public String name() {
		return "NeuroML2 example HH (E_L " + eLeak + " mV, rates x" + phi + ")";
	}

	@Override
	public double current() {
		return current;
	}

	@Override
	public HHEquations withCurrent(final double i) {
		return new HHEquations(i, phi, eLeak);
	}

	@Override
	public int getDimension() {
		return 4;
	}

	@Override
	public double[] steadyState(final double v) {
		return new double[] { v, alphaM(v) / (alphaM(v) + betaM(v)), alphaH(v) / (alphaH(v) + betaH(v)), alphaN(v) /
			(alphaN(v) + betaN(v)) };
	}

	@Override
	public double steadyStateCurrent(final double v) {
		final double[] y = steadyState(v);
		return ionic(v, y[1], y[2], y[3]);
	}

	private double ionic(final double v, final double m, final double h, final double n) {
		return 120 * m * m * m * h * (v - 50) + 36 * n * n * n * n * (v + 77) + 0.3 * (v - eLeak);
	}

	@Override
	public void computeDerivatives(final double t, final double[] y, final double[] dy) {
		final double v = y[0], m = y[1], h = y[2], n = y[3];
		dy[0] = current - ionic(v, m, h, n);
		dy[1] = alphaM(v) * (1 - m) - betaM(v) * m;
		dy[2] = alphaH(v) * (1 - h) - betaH(v) * h;
		dy[3] = alphaN(v) * (1 - n) - betaN(v) * n;
	}
}
