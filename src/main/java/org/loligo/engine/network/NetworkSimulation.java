package org.loligo.engine.network;

import org.loligo.engine.sim.ConductanceStepper;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.sim.Stepper;
import org.loligo.engine.sim.SynapticStepper;

/**
 * Runs a network of neurons coupled by synapses ({@link NetworkSpec}): the population schedule of
 * {@link Simulation} with the synapses as its coupled synaptic input ({@link NetworkInput}). So a step
 * from t_k to t_k+1 is:
 * <ol>
 * <li><b>input</b>: what arrives at step k is applied (event conductances jump, kicks move V), then each
 * neuron's input at t_k is computed from the state at t_k: synaptic conductance g and g·E, gap current
 * {@code Σ w·(V_pre - V)}; the state at t_k is <b>recorded</b> (so a sample shows what was delivered at
 * its step);</li>
 * <li><b>integrate</b>: the sigmoid gates advance at V_pre(t_k) (exactly for exp-euler, Euler for euler)
 * and event conductances decay exactly; exp-euler folds g into V's exponential ({@link SynapticStepper}:
 * gates Rush–Larsen, V exact at frozen gates and conductances) with the gap current explicit in the
 * injected current; euler takes the synaptic current {@code g·(E - V(t_k))} explicitly too. Then, as for
 * any population: noise (white: Euler–Maruyama; OU: a current held over the step and updated exactly; one
 * stream per neuron), divergence check, <b>spike detection</b>;</li>
 * <li><b>deliver</b>: each spike of the step is scheduled, per outgoing connection, for step
 * k + 1 + D (D = delay/dt rounded; D = 0 arrives in the input phase of the very next step).</li>
 * </ol>
 * NB: the coupling term of a step uses the state at its start, so the scheme is first order in the
 * coupling whatever its order for a single neuron. With zero coupling every neuron follows exactly
 * (bit for bit) the population run of the same spec. Workers run in lock step; delivery runs once per
 * step in neuron order, so results do not depend on the thread count.
 */
public final class NetworkSimulation {

	private NetworkSimulation() {}

	public static NetworkResult run(final NetworkSpec spec) {
		return run(spec, SimulationListener.NONE);
	}

	/**
	 * Runs the network; returns partial results (marked so) when the listener cancels.
	 *
	 * @throws IllegalArgumentException when the run would not fit in memory ({@link NetworkMemory})
	 * @throws org.loligo.engine.sim.DivergenceException when the state blows up
	 */
	public static NetworkResult run(final NetworkSpec spec, final SimulationListener listener) {
		final SimulationSpec p = spec.population();
		NetworkMemory.require(NetworkPlan.of(spec));
		final long stride = p.record().stride(p.dt());
		final NetworkInput input = new NetworkInput(spec, new SynapticState(spec), stride, (int) p.record().samples(p
			.steps(), p.dt()));
		final Stepper stepper = p.scheme() == Schemes.EXP_EULER ? new SynapticStepper(ConductanceStepper.of(p.model(), p
			.dt(), p.rateTables()), p.neurons(), input.hasCurrents()) : p.scheme().prepare(p.model(), p.dt(), p
				.rateTables());
		final SimulationResult r = Simulation.run(p, stepper, input, null, listener);
		final int samples = (int) (Math.round(r.completed() / p.dt()) / stride) + 1;
		return new NetworkResult(r, truncate(input.gTrace, samples), truncate(input.iTrace, samples), spec
			.connectivity().connections(), spec.synapse().describe());
	}

	private static double[][] truncate(final double[][] x, final int samples) {
		final double[][] out = new double[x.length][];
		for (int r = 0; r < x.length; r++)
			out[r] = x[r].length <= samples ? x[r] : java.util.Arrays.copyOf(x[r], samples);
		return out;
	}
}
