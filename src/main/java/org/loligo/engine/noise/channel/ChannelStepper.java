package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Stepper;

/**
 * What the three channel-noise steppers share: the model's constants, the per-neuron random streams
 * and the voltage update.
 * <p>
 * Schedule of one step for neuron i (staggered like the engine's exp-euler): the channels advance from
 * t to t + dt at frozen V(t); then V advances by the exact solution of
 * {@code C dV/dt = I - gNa·fNa·(V - ENa) - gK·fK·(V - EK) - gL·(V - EL)} at the new open fractions
 * fNa, fK (frozen over the step):
 * <pre>
 *   G = gNa·fNa + gK·fK + gL,   V∞ = (gNa·fNa·ENa + gK·fK·EK + gL·EL + I)/G,   V' = V∞ + (V - V∞)·e^{-G·dt/C}
 * </pre>
 * fNa replaces m³h and fK replaces n⁴ of the deterministic model. Units: mV, ms, mS/cm², µA/cm², µF/cm².
 * <p>
 * Thread safety: every per-neuron array is indexed by neuron, threads work on disjoint ranges, and
 * neuron i draws only from {@code streams[i]}, so results do not depend on the number of threads.
 */
abstract class ChannelStepper implements Stepper {

	final GateKinetics kinetics;
	final double dt;
	final int nNa, nK;
	final UniformRandomProvider[] rng;
	private final double gNa, gK, gL, eNa, eK, gLeL, minusDtOverC;

	ChannelStepper(final HHModel p, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams)
	{
		this.kinetics = p.kinetics();
		this.dt = dt;
		this.nNa = (int) patch.count(p.model().channels().get(0));
		this.nK = (int) patch.count(p.model().channels().get(1));
		this.rng = streams;
		this.gNa = p.gNa();
		this.gK = p.gK();
		this.gL = p.gL();
		this.eNa = p.eNa();
		this.eK = p.eK();
		this.gLeL = p.gL() * p.eL();
		this.minusDtOverC = -dt / p.cm();
	}

	/**
	 * Sets up the channel state of neurons [from, to) from the state's V and gates (the model's rest
	 * state in a run) and writes the effective gates back into the state.
	 */
	@Override
	public abstract void init(PopulationState s, int from, int to);

	/** V (mV) after one step from v at open fractions fNa, fK and injected current iExt (µA/cm²). */
	final double voltage(final double v, final double fNa, final double fK, final double iExt) {
		final double gNaNow = gNa * fNa, gKNow = gK * fK;
		final double g = gNaNow + gKNow + gL;
		final double vInf = (gNaNow * eNa + gKNow * eK + gLeL + iExt) / g;
		return vInf + (v - vInf) * Math.exp(minusDtOverC * g);
	}

	/** Stationary probability of Na state (a open m subunits, b open h) at gate values m, h. */
	static double naStationary(final int a, final int b, final double m, final double h) {
		final double[] c = { 1, 3, 3, 1 };
		return c[a] * Math.pow(m, a) * Math.pow(1 - m, 3 - a) * (b == 1 ? h : 1 - h);
	}

	/** Stationary probability of K state (k open n subunits) at gate value n. */
	static double kStationary(final int k, final double n) {
		final double[] c = { 1, 4, 6, 4, 1 };
		return c[k] * Math.pow(n, k) * Math.pow(1 - n, 4 - k);
	}
}
