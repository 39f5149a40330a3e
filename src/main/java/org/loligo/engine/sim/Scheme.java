package org.loligo.engine.sim;

import org.loligo.engine.model.HHModel;

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
	Stepper prepare(HHModel model, double dt, boolean rateTables);
}
