package org.loligo.analysis.sweep;

import java.io.Serializable;
import java.util.Map;

/**
 * Runs one point of a sweep and returns its scalar outputs by name. Serialisable, so that a cluster
 * can ship it to its executors; it must give the same outputs for the same point wherever and whenever
 * it runs (its randomness comes from the point's seed only).
 */
@FunctionalInterface
public interface PointRunner extends Serializable {

	/**
	 * @throws PointFailure when the point fails, with the point's index, parameters and the cause's message
	 */
	Map<String, Object> run(SweepPoint point);
}
