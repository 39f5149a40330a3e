package org.loligo.engine.model;

import java.util.List;

import org.loligo.engine.model.VoltageFunction.Constant;
import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.Power;
import org.loligo.engine.model.VoltageFunction.Product;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;
import org.loligo.engine.model.VoltageFunction.Sum;

/**
 * The Connor–Stevens neuron (Connor, Walter &amp; McKown 1977, Biophys J 18:81-102) as given by Dayan
 * &amp; Abbott (2001), <i>Theoretical Neuroscience</i>, MIT Press, §6.2 and the chapter-6 appendix: fast
 * Na, delayed-rectifier K and the transient A-current {@code I_A = g_A a³b (V - E_A)}, a type-I neuron
 * (it fires from arbitrarily low rates).
 * <pre>
 *   α_m = 0.38 (V+29.7) / (1 - e^{-0.1(V+29.7)})       β_m = 15.2 e^{-0.0556(V+54.7)}
 *   α_h = 0.266 e^{-0.05(V+48)}                          β_h = 3.8 / (1 + e^{-0.1(V+18)})
 *   α_n = 0.02 (V+45.7) / (1 - e^{-0.1(V+45.7)})        β_n = 0.25 e^{-0.0125(V+55.7)}
 *   a∞ = (0.0761 e^{0.0314(V+94.22)} / (1 + e^{0.0346(V+1.17)}))^{1/3}    τ_a = 0.3632 + 1.158/(1 + e^{0.0497(V+55.96)})
 *   b∞ = (1 / (1 + e^{0.0688(V+53.3)}))^4                                  τ_b = 1.24 + 2.678/(1 + e^{0.0624(V+50)})
 * </pre>
 * Dayan &amp; Abbott give c_m = 10 nF/mm², g_Na = 1.2, g_K = 0.2, g_A = 0.477, g_L = 0.003 mS/mm² and
 * E_Na = 55, E_K = -72, E_A = -75, E_L = -17 mV; per cm² (×100) that is C = 1 µF/cm², g_Na = 120,
 * g_K = 20, g_A = 47.7, g_L = 0.3 mS/cm², and their currents in nA/mm² are ours in µA/cm² divided by
 * 100 (so their I_e/A of 0.08 nA/mm² is 8 µA/cm²). Rates in 1/ms, τ in ms. The run starts at the resting
 * potential, -67.98 mV.
 */
public final class ConnorStevens {

	public static final NeuronModel MODEL = new NeuronModel("ConnorStevens", 1.0, -67.98, List.of(
		new Channel("Na", 120.0, 55.0, List.of(
			Gate.rates("m", 3, new ExpLinearRate(3.8, -29.7, 10.0), new ExpRate(15.2, -54.7, -1 / 0.0556)),
			Gate.rates("h", 1, new ExpRate(0.266, -48.0, -20.0), new SigmoidRate(3.8, -18.0, 10.0)))),
		new Channel("K", 20.0, -72.0, List.of(
			Gate.rates("n", 4, new ExpLinearRate(0.2, -45.7, 10.0), new ExpRate(0.25, -55.7, -80.0)))),
		new Channel("A", 47.7, -75.0, List.of(
			Gate.tauInf("a", 3,
				new Power(new Product(new ExpRate(0.0761, -94.22, 1 / 0.0314), new SigmoidRate(1.0, -1.17, -1 /
					0.0346)), 1.0 / 3.0),
				new Sum(new Constant(0.3632), new SigmoidRate(1.158, -55.96, -1 / 0.0497))),
			Gate.tauInf("b", 1,
				new Power(new SigmoidRate(1.0, -53.3, -1 / 0.0688), 4.0),
				new Sum(new Constant(1.24), new SigmoidRate(2.678, -50.0, -1 / 0.0624))))),
		Channel.passive("L", 0.3, -17.0)));

	private ConnorStevens() {}
}
