package org.loligo.engine.sim;

/**
 * The exp-euler step of a population under {@link SynapticInput}: the input's conductances for the step,
 * then the {@link ConductanceStepper} (gates Rush–Larsen, V exact at frozen gates and conductances), then
 * the input's own update (decay, arrivals, kicks). The population schedule ({@code NeuronBlock}) runs it
 * like any scheme's stepper and then adds noise, checks and detects spikes. Thread-safe on disjoint
 * ranges, as the input is.
 */
public final class SynapticStepper implements Stepper {

	private final ConductanceStepper kernel;
	private final SynapticInput input;
	/** Per neuron: the step's synaptic conductance and its Σ g·E (each worker writes its own range). */
	private final double[] g, gE;

	public SynapticStepper(final ConductanceStepper kernel, final SynapticInput input, final int neurons) {
		this.kernel = kernel;
		this.input = input;
		this.g = new double[neurons];
		this.gE = new double[neurons];
	}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow, final double[] iMid,
		final double[] iNext)
	{
		input.conductances(from, to, g, gE);
		kernel.step(s, from, to, iNow, g, gE);
		input.afterIntegration(s.v, from, to);
	}
}
