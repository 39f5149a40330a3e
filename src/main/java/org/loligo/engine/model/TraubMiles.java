package org.loligo.engine.model;

import java.util.List;

import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;

/**
 * The Traub &amp; Miles (1991) neuron of the COBA-HH benchmark (Brette et al. 2007, J Comput Neurosci
 * 23:349-398, Appendix B), per area. With {@code u = V - VT}, VT = -63 mV (each gate's shift):
 * <pre>
 *   α_m = 0.32 (13 - u) / (e^{(13-u)/4} - 1)     β_m = 0.28 (u - 40) / (e^{(u-40)/5} - 1)
 *   α_h = 0.128 e^{(17-u)/18}                      β_h = 4 / (1 + e^{(40-u)/5})
 *   α_n = 0.032 (15 - u) / (e^{(15-u)/5} - 1)     β_n = 0.5 e^{(10-u)/40}
 *   C = 1 µF/cm², g_Na = 100, g_K = 30, g_L = 0.05 mS/cm², E_Na = 50, E_K = -90, E_L = -60 mV
 * </pre>
 * The benchmark's cell has area {@link #AREA_CM2} = 20,000 µm², so in absolute units C = 200 pF,
 * g_Na = 20 µS, g_K = 6 µS, g_L = 10 nS; a synaptic conductance of g nS is g·1e-6/area mS/cm²
 * (6 nS = 0.03 mS/cm²).
 */
public final class TraubMiles {

	/** Area of the COBA-HH benchmark neuron in cm² (20,000 µm²). */
	public static final double AREA_CM2 = 20000e-8;

	/** The threshold-adjusting offset VT of the benchmark, mV. */
	public static final double VT = -63.0;

	public static final NeuronModel MODEL = new NeuronModel("TraubMiles", 1.0, -65.0, List.of(
		new Channel("Na", 100.0, 50.0, List.of(
			Gate.rates("m", 3, new ExpLinearRate(1.28, 13.0, 4.0), new ExpLinearRate(1.4, 40.0, -5.0)).shifted(VT),
			Gate.rates("h", 1, new ExpRate(0.128, 17.0, -18.0), new SigmoidRate(4.0, 40.0, 5.0)).shifted(VT))),
		new Channel("K", 30.0, -90.0, List.of(
			Gate.rates("n", 4, new ExpLinearRate(0.16, 15.0, 5.0), new ExpRate(0.5, 10.0, -40.0)).shifted(VT))),
		Channel.passive("L", 0.05, -60.0)));

	private TraubMiles() {}
}
