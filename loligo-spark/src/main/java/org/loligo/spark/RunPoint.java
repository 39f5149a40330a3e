package org.loligo.spark;

import org.apache.spark.api.java.function.Function;
import org.loligo.analysis.sweep.PointResult;
import org.loligo.analysis.sweep.PointRunner;
import org.loligo.analysis.sweep.SweepPoint;

/**
 * The task of one sweep point on an executor: runs the point and returns its result, a failure included
 * (as data: Spark would otherwise retry the task and report a stack trace instead of the command's
 * message).
 * <p>
 * NB: a class of its own in {@code src/main}, never a lambda in a test: executors load it by name from
 * their class path.
 */
final class RunPoint implements Function<SweepPoint, PointResult> {

	private static final long serialVersionUID = 1L;

	private final PointRunner runner;

	RunPoint(final PointRunner runner) {
		this.runner = runner;
	}

	@Override
	public PointResult call(final SweepPoint point) {
		return PointResult.run(runner, point);
	}
}
