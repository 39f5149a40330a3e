package org.loligo.engine.record;

import org.loligo.engine.sim.PopulationState;

/**
 * An observer of the run's step (as Commons Math's {@code StepHandler}): called by the worker that owns
 * the neurons {@code [from, to)} once their step k is complete — integrated, noise added, checked and
 * spikes detected — with the state now at time k·dt. Workers call it concurrently on disjoint ranges, so
 * an observer writes only what belongs to its range.
 */
@FunctionalInterface
public interface StepObserver {

	void afterStep(long k, PopulationState s, int from, int to);
}
