package org.loligo.engine.sim;

/**
 * One integration step of a {@link Scheme}, prepared for a model and a step size dt (ms).
 * <p>
 * A stepper advances neurons {@code [from, to)} of a state from t to t + dt given the injected current
 * of each neuron (µA/cm²) at t ({@code iNow}), t + dt/2 ({@code iMid}) and t + dt ({@code iNext});
 * schemes that do not need the later currents ignore them (and say so via
 * {@link #usesLaterCurrents()}, so the caller can skip computing them). Steppers are thread-safe:
 * threads call them on disjoint ranges.
 */
public interface Stepper {

	void step(PopulationState s, int from, int to, double[] iNow, double[] iMid, double[] iNext);

	/**
	 * Sets up whatever private state the stepper keeps for neurons {@code [from, to)} (channel states,
	 * say) from the state s at the start of a run. Called once, by the thread that owns the range,
	 * before its first step.
	 */
	default void init(final PopulationState s, final int from, final int to) {}

	/** Whether {@code iMid} and {@code iNext} are read. */
	default boolean usesLaterCurrents() {
		return false;
	}
}
