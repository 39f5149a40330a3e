package org.loligo.engine.model;

import java.util.List;

import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;

/**
 * The Wang–Buzsáki interneuron (Wang &amp; Buzsáki 1996, J Neurosci 16:6402-6413, Methods, single-cell
 * model): a type-I neuron whose Na activation is instantaneous, {@code m = m∞(V) = α_m/(α_m + β_m)},
 * and whose h and n run φ = 5 times faster than their rates below.
 * <pre>
 *   α_m = 0.1 (V+35) / (1 - e^{-(V+35)/10})        β_m = 4 e^{-(V+60)/18}
 *   α_h = 0.07 e^{-(V+58)/20}                        β_h = 1 / (1 + e^{-0.1(V+28)})
 *   α_n = 0.01 (V+34) / (1 - e^{-0.1(V+34)})        β_n = 0.125 e^{-(V+44)/80}
 *   C = 1 µF/cm², g_Na = 35, g_K = 9, g_L = 0.1 mS/cm², E_Na = 55, E_K = -90, E_L = -65 mV, φ = 5
 * </pre>
 * The run starts at the resting potential, -64.02 mV.
 */
public final class WangBuzsaki {

	/** The temperature-like factor of h and n. */
	public static final double PHI = 5.0;

	public static final NeuronModel MODEL = new NeuronModel("WangBuzsaki", 1.0, -64.02, List.of(
		new Channel("Na", 35.0, 55.0, List.of(
			Gate.instantaneous("m", 3, VoltageFunction.steadyState(new ExpLinearRate(1.0, -35.0, 10.0),
				new ExpRate(4.0, -60.0, -18.0))),
			Gate.rates("h", 1, new ExpRate(0.07, -58.0, -20.0), new SigmoidRate(1.0, -28.0, 10.0)).withPhi(PHI))),
		new Channel("K", 9.0, -90.0, List.of(
			Gate.rates("n", 4, new ExpLinearRate(0.1, -34.0, 10.0), new ExpRate(0.125, -44.0, -80.0)).withPhi(PHI))),
		Channel.passive("L", 0.1, -65.0)));

	private WangBuzsaki() {}
}
