package org.loligo.engine.input;

/**
 * An injected current as a function of time: {@code I(t)} in µA/cm², t in ms. Positive current
 * depolarises. Implementations are immutable and thread-safe.
 * <p>
 * Deterministic stimuli live here; additive noise currents are separate (package {@code noise}) because
 * they are not functions of time but increments drawn per step (Itô form).
 */
public interface Stimulus {

	/** The current at time t (ms), in µA/cm². */
	double at(double t);

	/** True when {@link #at} is the same for all t: lets the engine skip evaluating it per step. */
	default boolean isConstant() {
		return false;
	}

	/**
	 * True when the runner holds the current of a step's start over the whole step, also where a scheme
	 * would read it at t + dt/2 and t + dt (rk4): for a current defined step by step (the f–I sweep's ramps),
	 * not as a function of continuous time. The network runner holds every current so.
	 */
	default boolean heldOverStep() {
		return false;
	}

	/** The sum of this stimulus and another. */
	default Stimulus plus(final Stimulus other) {
		return Stimuli.sum(this, other);
	}
}
