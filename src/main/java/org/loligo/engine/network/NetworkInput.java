package org.loligo.engine.network;

import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.sim.SynapticCurrents;
import org.loligo.engine.sim.SynapticInput;

/**
 * A network's synapses ({@link SynapticState}) as the coupled synaptic input of the population schedule:
 * at the top of step k the arrivals due then are applied and each neuron's conductance, g·E and gap
 * current at t_k are computed; before integration the sigmoid gates advance at V_pre(t_k) and event
 * conductances decay; each step's spikes are delivered along the outgoing connections once every worker
 * is done with the step. It also records the recorded neurons' synaptic conductance and current at each
 * sampled step (what was delivered at that step included).
 */
final class NetworkInput implements SynapticInput {

	private final SynapticState syn;
	private final boolean exponential, gap;
	private final double dt;
	private final long stride;
	/** The recorded neurons (in the record spec's order), and their conductance and current rows. */
	private final int[] recorded;
	final double[][] gTrace, iTrace;

	NetworkInput(final NetworkSpec spec, final SynapticState syn, final long stride, final int samples) {
		final SimulationSpec p = spec.population();
		this.syn = syn;
		exponential = p.scheme() == Schemes.EXP_EULER;
		gap = syn.model.kind().equals("gap");
		dt = p.dt();
		this.stride = stride;
		recorded = p.record().neurons();
		gTrace = new double[recorded.length][samples];
		iTrace = new double[recorded.length][samples];
	}

	@Override
	public void input(final long k, final PopulationState s, final int from, final int to, final SynapticCurrents out) {
		syn.input(k, s, from, to, out.g, out.gE, out.current);
		if (k % stride == 0) record((int) (k / stride), s.v, from, to, out);
	}

	@Override
	public void beforeIntegration(final long k, final PopulationState s, final int from, final int to) {
		syn.advance(k, s.v, from, to, dt, exponential);
	}

	@Override
	public boolean hasCurrents() {
		return gap;
	}

	@Override
	public boolean coupled() {
		return true;
	}

	@Override
	public void deliver(final int j, final long k) {
		syn.deliver(j, k);
	}

	/** The recorded neurons of [from, to): conductance and synaptic current (gap included) at the sample. */
	private void record(final int sample, final double[] v, final int from, final int to, final SynapticCurrents in) {
		for (int r = 0; r < recorded.length; r++) {
			final int i = recorded[r];
			if (i < from || i >= to) continue;
			gTrace[r][sample] = in.g[i];
			iTrace[r][sample] = (gap ? in.current[i] : 0) + (in.gE[i] - in.g[i] * v[i]);
		}
	}
}
