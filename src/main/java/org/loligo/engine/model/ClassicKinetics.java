package org.loligo.engine.model;

import static org.loligo.engine.model.Exprel.exprel;

/**
 * Hodgkin &amp; Huxley (1952) rate functions in the modern sign convention, rest near -65 mV
 * (Hodgkin AL, Huxley AF, J Physiol 117:500-544, 1952; shifted by -65 mV as in Dayan &amp; Abbott,
 * Gerstner et al. and BrainPy's {@code HH}).
 * <pre>
 *   α_m = 0.1 (V+40) / (1 - e^{-(V+40)/10}) = 1 / exprel(-(V+40)/10)
 *   β_m = 4 e^{-(V+65)/18}
 *   α_h = 0.07 e^{-(V+65)/20}
 *   β_h = 1 / (1 + e^{-(V+35)/10})
 *   α_n = 0.01 (V+55) / (1 - e^{-(V+55)/10}) = 0.1 / exprel(-(V+55)/10)
 *   β_n = 0.125 e^{-(V+65)/80}
 * </pre>
 * V in mV, rates in 1/ms (temperature 6.3 °C of the original experiments).
 */
public final class ClassicKinetics implements GateKinetics {

	/** The one instance; the kinetics have no parameters. */
	public static final ClassicKinetics INSTANCE = new ClassicKinetics();

	private ClassicKinetics() {}

	@Override
	public String name() {
		return "HH1952";
	}

	@Override
	public double alphaM(final double v) {
		return 1.0 / exprel(-(v + 40.0) / 10.0);
	}

	@Override
	public double betaM(final double v) {
		return 4.0 * Math.exp(-(v + 65.0) / 18.0);
	}

	@Override
	public double alphaH(final double v) {
		return 0.07 * Math.exp(-(v + 65.0) / 20.0);
	}

	@Override
	public double betaH(final double v) {
		return 1.0 / (1.0 + Math.exp(-(v + 35.0) / 10.0));
	}

	@Override
	public double alphaN(final double v) {
		return 0.1 / exprel(-(v + 55.0) / 10.0);
	}

	@Override
	public double betaN(final double v) {
		return 0.125 * Math.exp(-(v + 65.0) / 80.0);
	}
}
