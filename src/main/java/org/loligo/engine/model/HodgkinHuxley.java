package org.loligo.engine.model;

import java.util.List;

import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;

/**
 * Hodgkin &amp; Huxley (1952, J Physiol 117:500-544) in the modern sign convention, rest at -65 mV (the
 * original shifted by -65 mV, as in Dayan &amp; Abbott, Gerstner et al. and BrainPy's {@code HH}):
 * <pre>
 *   α_m = 0.1 (V+40) / (1 - e^{-(V+40)/10})     β_m = 4 e^{-(V+65)/18}
 *   α_h = 0.07 e^{-(V+65)/20}                    β_h = 1 / (1 + e^{-(V+35)/10})
 *   α_n = 0.01 (V+55) / (1 - e^{-(V+55)/10})    β_n = 0.125 e^{-(V+65)/80}
 *   C = 1 µF/cm², g_Na = 120, g_K = 36, g_L = 0.3 mS/cm², E_Na = 50, E_K = -77, E_L = -54.387 mV
 * </pre>
 * Rates in 1/ms at the 6.3 °C of the original experiments, with Q10 = 3 for m, h and n, as NEURON's
 * {@code hh} mechanism ({@code q10 = 3^((celsius - 6.3)/10)}). {@code HH1952-gL0.03} is the same neuron with
 * BrainPy's default leak, g_L = 0.03 mS/cm².
 */
public final class HodgkinHuxley {

	/** Classic HH, I_Na = g_Na m³h (V - E_Na), I_K = g_K n⁴ (V - E_K), I_L = g_L (V - E_L). */
	public static final NeuronModel HH1952 = new NeuronModel("HH1952", 1.0, -65.0, List.of(
		new Channel("Na", 120.0, 50.0, List.of(
			Gate.rates("m", 3, new ExpLinearRate(1.0, -40.0, 10.0), new ExpRate(4.0, -65.0, -18.0)),
			Gate.rates("h", 1, new ExpRate(0.07, -65.0, -20.0), new SigmoidRate(1.0, -35.0, 10.0)))),
		new Channel("K", 36.0, -77.0, List.of(
			Gate.rates("n", 4, new ExpLinearRate(0.1, -55.0, 10.0), new ExpRate(0.125, -65.0, -80.0)))),
		Channel.passive("L", 0.3, -54.387)), "preset", Q10.of(6.3, 3.0, 6.3, "m", "h", "n"));

	/** HH1952 with g_L = 0.03 mS/cm² (BrainPy's default). */
	public static final NeuronModel HH1952_GL003 = HH1952.withGmax("L", 0.03).named("HH1952-gL0.03");

	private HodgkinHuxley() {}
}
