package org.loligo.engine.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.model.NeuronModel;

/**
 * A numerical scheme for the HH equations, selected by name (see {@link Schemes}).
 */
public interface Scheme {

	/** The name users select it by, e.g. "exp-euler". */
	String name();

	/** Convergence order in dt of the deterministic scheme (for documentation and tests). */
	int order();

	/**
	 * Prepares a stepper for this model and step.
	 *
	 * @param rateTables whether the scheme may use precomputed rate tables (see {@link RateTable});
	 *          schemes without tables ignore it
	 */
	Stepper prepare(NeuronModel model, double dt, boolean rateTables);

	/**
	 * Whether the scheme can integrate this model; {@link #prepare} refuses the others.
	 * The deterministic schemes integrate any model.
	 */
	default boolean supports(final NeuronModel model) {
		return true;
	}

	/**
	 * Whether the scheme itself draws random numbers (channel noise, for instance). A simulation then
	 * hands it one stream per neuron, the same streams any additive noise draws from.
	 */
	default boolean stochastic() {
		return false;
	}

	/**
	 * Prepares a stepper for a run whose neuron i draws only from {@code streams[i]} (null when the run
	 * has no randomness), so that results do not depend on how neurons are split among threads.
	 * Deterministic schemes ignore the streams.
	 */
	default Stepper prepare(final NeuronModel model, final double dt, final boolean rateTables,
		final UniformRandomProvider[] streams)
	{
		return prepare(model, dt, rateTables);
	}
}
