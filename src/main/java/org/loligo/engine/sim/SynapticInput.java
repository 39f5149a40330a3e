package org.loligo.engine.sim;

/**
 * Synaptic input to a population, plugged into the population schedule ({@link Simulation}). Per step
 * from t_k to t_k+1:
 * <ol>
 * <li>{@link #input}, at the top of the step (before the state at t_k is recorded): what arrives now is
 * applied (event conductances jump, kicks move V), then each neuron's conductance, {@code Σ g·E} and
 * explicit current over the step are written into {@link SynapticCurrents};</li>
 * <li>{@link #beforeIntegration}: the synapses' own update that needs the state at t_k (sigmoid gates at
 * V_pre(t_k), exact decay), after every neuron's input is computed;</li>
 * <li>{@link #afterIntegration}: after the kernel, before noise, checks and spike detection: an update
 * that needs the new V or moves it (kicks driven within the step are then detected in their step).</li>
 * </ol>
 * An input that reads other neurons' state or receives their spikes is {@link #coupled()}: the workers
 * then run in lock step (they meet after the input phase and after the step) and each step's spikes are
 * passed to {@link #deliver} once, by one thread, in ascending neuron order. Otherwise implementations
 * keep per-neuron state only and each method is called by the worker that owns the neurons
 * {@code [from, to)}.
 */
public interface SynapticInput {

	/** Top of step k, state at t_k: arrivals due at step k, then neuron i's input over the step into {@code out}. */
	void input(long k, PopulationState s, int from, int to, SynapticCurrents out);

	/** After every neuron's {@link #input} of step k, before integration (state still at t_k). */
	default void beforeIntegration(final long k, final PopulationState s, final int from, final int to) {}

	/** After the kernel of step k (V in {@code v} at t_k+1), before noise, checks and detection. */
	default void afterIntegration(final long k, final double[] v, final int from, final int to) {}

	/** Whether {@link #input} writes explicit currents ({@link SynapticCurrents#current}). */
	default boolean hasCurrents() {
		return false;
	}

	/** Whether neurons are coupled through this input (lock step and {@link #deliver}). */
	default boolean coupled() {
		return false;
	}

	/**
	 * A coupled input's delivery: neuron j spiked in the step that ended at step index k (the new state's
	 * index). Called once per spike, by one thread, while no worker runs.
	 */
	default void deliver(final int j, final long k) {}
}
