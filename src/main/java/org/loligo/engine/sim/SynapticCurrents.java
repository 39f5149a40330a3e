package org.loligo.engine.sim;

/**
 * The synaptic input of one step for every neuron of a population, written by a {@link SynapticInput} at
 * the top of the step and read by the step's kernel: the total synaptic conductance {@code g[i]}
 * (mS/cm²), {@code gE[i] = Σ g·E} (µA/cm²) and, when the input has them, explicit currents
 * {@code current[i]} (µA/cm², gap junctions). Each worker writes only its own neurons' entries.
 * <p>
 * A kernel that folds the conductances into V's exponential ({@link SynapticStepper}) reads g and gE; with
 * any other scheme the schedule adds the synaptic current {@code gE - g·V(t)} to the injected current
 * ({@link #folded} false).
 */
public final class SynapticCurrents {

	public final double[] g, gE;
	/** Explicit currents, or null when the input has none. */
	public final double[] current;
	/** Whether the step's kernel folds g and gE into V's update (else they enter as an explicit current). */
	final boolean folded;

	public SynapticCurrents(final int neurons, final boolean currents) {
		this(neurons, currents, true);
	}

	SynapticCurrents(final int neurons, final boolean currents, final boolean folded) {
		g = new double[neurons];
		gE = new double[neurons];
		current = currents ? new double[neurons] : null;
		this.folded = folded;
	}
}
