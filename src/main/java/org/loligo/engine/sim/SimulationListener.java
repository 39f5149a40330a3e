package org.loligo.engine.sim;

/**
 * Progress and cancellation of a run, the one channel between the engine and whoever shows it (status
 * bar, console line, test). Called from the thread that started the run, a few times per second.
 */
public interface SimulationListener {

	/** Ignores progress, never cancels. */
	SimulationListener NONE = new SimulationListener() {};

	/** {@code done} of {@code total} units of work (e.g. neuron-steps) are finished. */
	default void progress(final long done, final long total) {}

	/** Polled during the run; once true the run stops and returns partial results. */
	default boolean isCancelled() {
		return false;
	}
}
