package org.loligo.engine.sim;

/**
 * The exp-euler step of a population under {@link SynapticInput}: the {@link ConductanceStepper} (gates
 * Rush–Larsen, V exact at frozen gates and conductances) with the step's synaptic conductances of
 * {@link #currents()}, which the input writes at the top of each step. The population schedule runs it
 * like any scheme's stepper (see {@link Simulation}). Thread-safe on disjoint ranges.
 */
public final class SynapticStepper implements Stepper {

	private final ConductanceStepper kernel;
	private final SynapticCurrents currents;

	/** @param currents whether the input also has explicit currents (gap junctions) */
	public SynapticStepper(final ConductanceStepper kernel, final int neurons, final boolean currents) {
		this.kernel = kernel;
		this.currents = new SynapticCurrents(neurons, currents);
	}

	/** The arrays the input writes and this stepper reads. */
	public SynapticCurrents currents() {
		return currents;
	}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow, final double[] iMid,
		final double[] iNext)
	{
		kernel.step(s, from, to, iNow, currents.g, currents.gE);
	}
}
