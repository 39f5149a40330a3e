package org.loligo.engine.sim;

import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.NeuronModel;

/**
 * The staggered exponential-Euler step with an extra conductance per neuron folded into V's
 * exponential, the one kernel signature of the runners with synapses (networks, the Poisson-driven
 * neuron): gates {@code x' = A·x + B} at V(t), then at the new gates
 * {@code V' = V∞ + (V - V∞)·exp(-G·dt/C)}, {@code G = Σ_c g_c + gExtra[i]},
 * {@code V∞ = (Σ_c g_c E_c + iNow[i] + gExtraE[i])/G} (gExtra in mS/cm², gExtraE = Σ g·E in µA/cm², iNow
 * in µA/cm²). A large synaptic conductance therefore never limits dt.
 * <p>
 * {@link #of} takes the fused HH kernel ({@link ConductanceExpEuler}) for HH-shaped models and the
 * generic one otherwise; both give the same doubles on HH ({@code GenericKernelTest}). Noise, checks and
 * spike detection are the caller's.
 */
public interface ConductanceStepper {

	/** Advances neurons [from, to) by one step. */
	void step(PopulationState s, int from, int to, double[] iNow, double[] gExtra, double[] gExtraE);

	/** The kernel for this model: the fused HH one when it fits, else the generic one. */
	static ConductanceStepper of(final NeuronModel model, final double dt, final boolean rateTables) {
		final HHModel hh = Schemes.specialised ? model.hh() : null;
		if (hh != null) return new ConductanceExpEuler(hh, dt, rateTables);
		final GenericSteppers.ExpEuler generic = new GenericSteppers.ExpEuler(new CompiledModel(model), dt,
			rateTables);
		return (s, from, to, iNow, gExtra, gExtraE) -> generic.step(s, from, to, iNow, gExtra, gExtraE, null);
	}
}
